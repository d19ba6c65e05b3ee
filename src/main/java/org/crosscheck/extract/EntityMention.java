package org.crosscheck.extract;

import org.crosscheck.model.Entity;

/** An alias-table entity named at tokens {@code [first, end)}. */
record EntityMention(Entity entity, int first, int end) {
}

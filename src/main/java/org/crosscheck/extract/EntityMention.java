package org.crosscheck.extract;

/** An alias-table entity named at tokens {@code [first, end)}. */
record EntityMention(Entity entity, int first, int end) {
}

package org.crosscheck.model;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A copy of a project file kept beside it: the daily copy, or the one kept before a schema migration.
 *
 * @param file  where the copy is
 * @param taken when it was last written
 */
public record ProjectBackup(Path file, Instant taken) {
}

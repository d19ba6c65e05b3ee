package org.crosscheck.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What {@code export} writes, told by the extension of the file it writes to. */
enum ExportFormat {
    CSV(".csv"),
    PROJECT_JSON(".json"),
    CLAIM_REVIEW(".jsonld"),
    REFI_QDA(".qdpx");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    static Optional<ExportFormat> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> name.endsWith(format.extension)).findFirst();
    }

    String extension() {
        return extension;
    }
}

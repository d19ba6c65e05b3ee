package org.crosscheck.service.refi;

import java.nio.file.Path;

/**
 * A .qdpx that cannot be imported: no zip, a damaged one, a zip without project.qde, XML that is not
 * well-formed or does not follow the REFI-QDA schema, a text it names that is not in it. The message
 * names the file and what is wrong, in words, for the person who has to mend or replace it
 * ("study.qdpx is a zip archive but no REFI-QDA project: it holds no project.qde.").
 */
public final class QdpxFileException extends RuntimeException {

    /** {@code problem} goes on from the file's name: "is no zip", "names the text …, which is not in it". */
    QdpxFileException(Path file, String problem, Throwable cause) {
        super(file.getFileName() + " " + problem, cause);
    }

    QdpxFileException(Path file, String problem) {
        this(file, problem, null);
    }
}

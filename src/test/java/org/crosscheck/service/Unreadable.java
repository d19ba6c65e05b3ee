package org.crosscheck.service;

import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and folders with every permission taken away. Such cases are skipped where that stops
 * nobody: on a file system without permissions, or for root, who may read anything.
 */
final class Unreadable {

    private Unreadable() {
    }

    static Path file(Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("forbidden.txt"), "Forbidden\n\nNobody may read this.\n");
        return lockedUp(file);
    }

    /** A folder to import whose one subfolder cannot be listed; its other article still imports. */
    static Path folder(Path folder) throws IOException {
        Path outer = Files.createDirectories(folder.resolve("with-locked-subfolder"));
        Files.writeString(outer.resolve("open.txt"), "An open article\n\nAbout 25 people were arrested.\n");
        Path inner = Files.createDirectories(outer.resolve("locked"));
        Files.writeString(inner.resolve("inside.txt"), "Inside\n\nHidden.\n");
        lockedUp(inner);
        return outer;
    }

    private static Path lockedUp(Path path) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "this file system has no permissions");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(path), "this user (root?) may read what has no permissions");
        return path;
    }
}

package org.crosscheck.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** .qdpx files for tests: the one written by hand in {@code src/test/resources/refi/handwritten}, and others made up. */
public final class QdpxFixtures {

    private QdpxFixtures() {
    }

    /** The hand-written project zipped as another tool would, into {@code folder}. */
    public static Path handwritten(Path folder) {
        return zip(entriesOf("/refi/handwritten"), folder.resolve("interviews.qdpx"));
    }

    /** The entries of a folder of the test resources, by their path inside it. */
    static Map<String, byte[]> entriesOf(String resourceFolder) {
        try {
            Path root = Path.of(QdpxFixtures.class.getResource(resourceFolder).toURI());
            Map<String, byte[]> entries = new LinkedHashMap<>();
            try (var files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    entries.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path zip(Map<String, byte[]> entries, Path file) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The hand-written project with its project.qde replaced. */
    static Path withProjectQde(Path folder, String name, String projectQde) {
        Map<String, byte[]> entries = entriesOf("/refi/handwritten");
        entries.put("project.qde", projectQde.getBytes(StandardCharsets.UTF_8));
        return zip(entries, folder.resolve(name));
    }

    /** The hand-written project without some of its entries. */
    static Path without(Path folder, String name, List<String> left) {
        Map<String, byte[]> entries = entriesOf("/refi/handwritten");
        left.forEach(entries::remove);
        return zip(entries, folder.resolve(name));
    }

    static String handwrittenQde() {
        return new String(entriesOf("/refi/handwritten").get("project.qde"), StandardCharsets.UTF_8);
    }
}

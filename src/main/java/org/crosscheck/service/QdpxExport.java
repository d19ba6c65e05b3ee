package org.crosscheck.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.crosscheck.service.refi.QdeWriter;
import org.crosscheck.store.ProjectRows;

/**
 * File › Export REFI-QDA project…: the project as a .qdpx (README, "REFI-QDA project"), the exchange
 * format of NVivo, ATLAS.ti, MAXQDA and QualCoder — a zip of project.qde and each article's text in
 * {@code sources/}. Reads only, so a project open read-only exports too. Blocking.
 */
public final class QdpxExport {

    /** Every entry gets the same time, so that two exports of one project are byte for byte equal. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final int STEP = 250;

    private final ProjectExport project;
    private final String projectName;
    private final java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor;

    /** {@code extractor} reads the chains of claims that have none saved, as the comparison does. */
    QdpxExport(ProjectExport project, String projectName,
               java.util.function.Supplier<org.crosscheck.extract.Extractor> extractor) {
        this.project = project;
        this.projectName = projectName;
        this.extractor = extractor;
    }

    /**
     * Writes the project to {@code file} (.qdpx), beside it first and then moved over it whole.
     *
     * @throws CancelledException when {@code progress} stops the work; no file is then written
     */
    public Path export(Path file, Progress progress) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            throw new IllegalArgumentException("A REFI-QDA project is a .qdpx file, not " + file.getFileName() + ".");
        }
        progress.update(0, 1, "Reading the project");
        ProjectContents contents = withEveryChain(project.contents());
        return WholeFile.write(file, progress, partial -> {
            try (ZipOutputStream zip = new ZipOutputStream(
                    new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), StandardCharsets.UTF_8)) {
                begin(zip, "project.qde");
                // the XML writer writes a few bytes at a time, and a deflater fed that way is ten times slower
                OutputStream xml = new BufferedOutputStream(zip, 1 << 16);
                new QdeWriter(progress).write(contents, projectName, xml);
                xml.flush();
                zip.closeEntry();
                int done = 0;
                for (ProjectRows.Article article : contents.sources()) {
                    if (done++ % STEP == 0) {
                        progress.update(done, contents.sources().size(), "Writing the texts of the articles");
                    }
                    begin(zip, QdeWriter.textEntry(article.source().id()));
                    zip.write(article.source().text().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            } catch (XMLStreamException e) {
                throw new IOException("cannot write project.qde: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The contents with a chain for every claim as the window shows it ({@link CitationChains#asShown}):
     * a selection's description names the speaker the window names.
     */
    private ProjectContents withEveryChain(ProjectContents contents) {
        java.util.Map<Long, org.crosscheck.model.CitationChain> chains = CitationChains.asShown(contents, extractor.get());
        return new ProjectContents(contents.tables(), contents.aliases(), contents.groupEdits(), chains,
                contents.identities(), contents.sourceGrades(), contents.speakerMerges(), contents.entityLinks());
    }

    private static void begin(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
    }
}

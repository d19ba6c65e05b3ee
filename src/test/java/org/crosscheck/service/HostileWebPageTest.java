package org.crosscheck.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.crosscheck.model.Source;
import org.crosscheck.store.ProjectFile;
import org.crosscheck.store.ProjectLocation;
import org.crosscheck.store.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved web page that tries everything a page can — scripts, frames, remote pictures and
 * styles, a refresh, javascript: links — imports as its words alone: nothing is fetched, nothing
 * runs, and none of it reaches the article's text. Every address points at a server of the test's
 * own, which counts what asks it for anything.
 */
class HostileWebPageTest {

    @TempDir
    Path folder;

    @Test
    void aHostilePageFetchesNothingRunsNothingAndKeepsOnlyItsWords() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        String here = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            Path page = folder.resolve("page.html");
            Files.writeString(page, """
                    <!DOCTYPE html><html><head>
                    <meta http-equiv="refresh" content="0; url=%1$s/refresh">
                    <link rel="stylesheet" href="%1$s/style.css"><style>@import url(%1$s/import.css);
                    body { background: url(%1$s/background.png) }</style>
                    <script src="%1$s/script.js"></script><script>fetch('%1$s/inline'); document.write('injected');</script>
                    <title>Flood closes the bridge</title></head>
                    <body onload="fetch('%1$s/onload')"><article><h1>Flood closes the bridge</h1>
                    <p>Twelve people were evacuated on Monday, officials said.<img src="%1$s/photo.jpg" onerror="alert(1)"></p>
                    <iframe src="%1$s/frame"></iframe><object data="%1$s/object"></object>
                    <p><a href="javascript:alert('x')">Read more</a> <video src="%1$s/video.mp4"></video></p>
                    </article></body></html>
                    """.formatted(here));

            try (Workbench workbench = Workbench.open(TestProjects.at(folder.resolve("p")), false)) {
                ImportReport report = workbench.imports().importFiles(List.of(page), Progress.NONE);
                assertThat(report.imported()).hasSize(1);
                Source source = workbench.library().all().get(0);

                assertThat(source.title()).isEqualTo("Flood closes the bridge");
                assertThat(source.text()).contains("Twelve people were evacuated on Monday, officials said.", "Read more")
                        .doesNotContain("fetch", "injected", "alert", "javascript", "127.0.0.1", "url(", "<");
                assertThat(workbench.claims().claimsOf(source.id())).isNotEmpty();
            }
            Thread.sleep(200); // anything that had been sent off would have arrived by now
            assertThat(requests.get()).as("requests the import made").isZero();
        } finally {
            server.stop(0);
        }
    }
}

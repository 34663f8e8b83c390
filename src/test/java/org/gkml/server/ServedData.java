package org.gkml.server;

import org.gkml.index.LuceneCatalogStore;
import org.gkml.ingest.IngestOptions;
import org.gkml.ingest.Ingester;
import org.gkml.ingest.RunLog;
import org.gkml.ingest.RunReport;
import org.gkml.ingest.RunOutcome;
import org.gkml.ingest.SourceTree;
import org.gkml.pipeline.CatalogReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A data folder as `gkml ingest` leaves it, over the sample catalogs (corpus/*.txt) and a catalog whose cells hold
 * markup and control characters. Built once per test JVM and shared by the server test classes.
 */
final class ServedData {

    private static Path data;
    private static Path catalogs;

    private ServedData() {
    }

    static synchronized Path data() {
        if (data == null) {
            try {
                Path root = Files.createTempDirectory("gkml-serve-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                catalogs = root.resolve("catalogs");
                Files.createDirectories(catalogs);
                try (Stream<Path> s = Files.list(Path.of("corpus"))) {
                    for (Path f : s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList()) {
                        Files.copy(f, catalogs.resolve(f.getFileName()));
                    }
                }
                copyResource("xss_catalog.html", catalogs);
                data = root.resolve("data");
                RunReport r = ingest(catalogs, data);
                if (r.outcome() != RunOutcome.OK) throw new IllegalStateException("test ingest failed: " + r.toJson());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return data;
    }

    private static Path manySources;

    /**
     * A data folder of {@link #SOURCES} small catalogs (file i holding i entries), so the source facet has more values
     * than a search lists at first, each with its own count.
     */
    static synchronized Path manySources() {
        if (manySources == null) {
            try {
                Path root = Files.createTempDirectory("gkml-serve-many");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(root)));
                Path tree = Files.createDirectories(root.resolve("catalogs"));
                for (int i = 1; i <= SOURCES; i++) {
                    StringBuilder csv = new StringBuilder("序号,一级事项,二级事项,公开内容,公开时限,公开主体,公开渠道\n");
                    for (int j = 1; j <= i; j++) {
                        csv.append(j).append(",社会救助,低保审批").append(i).append('_').append(j)
                                .append(",第").append(i).append("号目录的低保对象名单").append(j).append(",10个工作日内,某县民政局,政府网站\n");
                    }
                    Files.writeString(tree.resolve(String.format("catalog%02d.csv", i)), csv, java.nio.charset.StandardCharsets.UTF_8);
                }
                Path dataDir = root.resolve("data");
                RunReport r = ingest(tree, dataDir);
                if (r.outcome() != RunOutcome.OK) throw new IllegalStateException("test ingest failed: " + r.toJson());
                manySources = dataDir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return manySources;
    }

    static final int SOURCES = 12;

    static Path catalogs() {
        data();
        return catalogs;
    }

    static RunReport ingest(Path tree, Path dataDir) {
        try (RunLog log = new RunLog(new PrintWriter(new StringWriter()), false)) {
            return new Ingester(IngestOptions.defaults(List.of(tree), dataDir), SourceTree.of(org.gkml.vocabulary.Mappings.builtIn()), LuceneCatalogStore::open, () -> new CatalogReader(org.gkml.vocabulary.Mappings.builtIn())::read, log, outcome -> outcome == RunOutcome.OK ? 0 : 1).run();
        }
    }

    static void copyResource(String name, Path dir) throws IOException {
        try (InputStream in = ServedData.class.getResourceAsStream("/server/" + name)) {
            if (in == null) throw new IllegalStateException("test resource server/" + name + " is missing");
            Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static GkmlServer start(Path dataDir) throws IOException {
        // No rate limit: a test fires requests back to back; the limiter has its own test.
        return GkmlServer.start(new GkmlServer.Options(dataDir, "127.0.0.1", 0, 0, java.time.Duration.ofMillis(200), org.gkml.vocabulary.Mappings.builtIn()),
                new PrintWriter(System.err, true));
    }

    static void delete(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder; the OS cleans up what is left
        }
    }
}

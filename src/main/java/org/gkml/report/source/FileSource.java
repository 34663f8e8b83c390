package org.gkml.report.source;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJsonReader;
import org.gkml.extract.UnreadableFileException;
import org.gkml.ingest.GuardedReader;
import org.gkml.ingest.RunReport;
import org.gkml.ingest.SourceTree;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.gkml.report.ReportCatalog;
import org.gkml.report.ReportException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Catalogs read now from files and folders (the files ingest would pick up), through the pipeline, each under a
 * timeout; a file that cannot be read is a failure passed to the sink and the rest go on. A {@code .json} file is
 * taken as a catalog already in the unified schema ({@code gkml extract}'s output).
 */
public final class FileSource implements CatalogSource {

    private final List<Path> paths;
    private final Duration timeout;
    private final Mappings mappings;

    public FileSource(List<Path> paths, Duration timeout, Mappings mappings) {
        this.paths = List.copyOf(paths);
        this.timeout = timeout;
        this.mappings = mappings;
    }

    @Override
    public void read(Sink sink, Progress progress) throws IOException, ReportException {
        for (Path p : paths) if (!Files.exists(p)) throw new ReportException(p + ": no such file or folder");
        SourceTree.Listing listing = SourceTree.of(mappings).walk(paths, null);
        for (RunReport.Failure f : listing.problems()) sink.failure(f.file(), f.reason());
        List<Path> files = new ArrayList<>();
        for (SourceTree.SourceFile f : listing.files()) files.add(f.path());
        // gkml extract's output is a catalog too, though a folder walk does not pick .json files up.
        for (Path p : paths) if (Files.isRegularFile(p) && isJson(p) && !files.contains(p)) files.add(p);
        progress.start("report", files.size(), "files");
        try (GuardedReader reader = new GuardedReader(() -> file -> readOne(file, mappings), timeout)) {
            for (Path f : files) {
                GuardedReader.Outcome outcome = reader.read(f, f.toString());
                progress.stepBy(1);
                if (!outcome.ok()) {
                    sink.failure(outcome.failure().file(), outcome.failure().reason());
                    continue;
                }
                sink.catalog(new ReportCatalog(SourceTree.idOf(f), outcome.document(), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
            }
        } finally {
            progress.close();
        }
    }

    /**
     * The reference catalogs, all of them or none: a template that cannot be read makes the 缺项 sheet wrong, so it
     * stops the report with the file named.
     */
    public static List<CatalogDocument> references(List<Path> files, Duration timeout, Mappings mappings) throws ReportException {
        List<CatalogDocument> out = new ArrayList<>();
        if (files.isEmpty()) return out;
        try (GuardedReader reader = new GuardedReader(() -> file -> readOne(file, mappings), timeout)) {
            for (Path f : files) {
                if (!Files.isRegularFile(f)) throw new ReportException(f + ": the reference catalog is not a file (--reference)");
                GuardedReader.Outcome outcome = reader.read(f, f.toString());
                if (!outcome.ok()) throw new ReportException(f + ": cannot read the reference catalog: " + outcome.failure().reason());
                if (outcome.document().entries().isEmpty()) throw new ReportException(f + ": the reference catalog has no entries");
                out.add(outcome.document());
            }
        }
        return out;
    }

    private static CatalogDocument readOne(Path file, Mappings mappings) throws UnreadableFileException {
        if (isJson(file)) {
            try {
                return CatalogJsonReader.read(file);
            } catch (IOException e) {
                throw new UnreadableFileException(file, "json", "not a catalog in the unified schema: " + e.getMessage());
            }
        }
        return new CatalogReader(mappings).read(file);
    }

    private static boolean isJson(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }
}

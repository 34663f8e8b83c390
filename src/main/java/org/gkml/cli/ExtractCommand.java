package org.gkml.cli;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.extract.UnreadableFileException;
import org.gkml.ingest.RunReport;
import org.gkml.ingest.SourceTree;
import org.gkml.pipeline.CatalogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "extract",
        description = {
                "Read catalogs and print them in the unified schema as JSON.",
                "With one FILE and no --out, the document goes to stdout. With a folder, --out is required",
                "and each catalog is written to OUTDIR/<file name>.json; inside folders only catalog file types",
                "are read (mappings/ingest-extensions.tsv). Unreadable files are reported on stderr with the",
                "reason and skipped; the rest go on (exit code 1)."},
        mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Catalog files, or folders searched recursively.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR", description = "Write OUTDIR/<file name>.json per catalog.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("gkml: " + p + ": no such file or folder");
                return ExitCode.FATAL;
            }
        }
        SourceTree.Listing listing;
        try {
            listing = SourceTree.walk(paths, null);
        } catch (IOException e) {
            err.println("gkml: cannot list " + paths + ": " + e.getMessage());
            return ExitCode.FATAL;
        }
        List<Path> files = listing.files().stream().map(SourceTree.SourceFile::path).toList();
        for (RunReport.Failure problem : listing.problems()) err.println("gkml: " + problem.file() + ": " + problem.reason());
        int failed = listing.problems().size();
        if (out == null && files.size() != 1) {
            err.println("gkml: " + files.size() + " catalogs found; give --out OUTDIR to write one JSON file each");
            return ExitCode.USAGE;
        }
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                err.println("gkml: cannot create output folder " + out + ": " + e.getMessage());
                return ExitCode.FATAL;
            }
        }
        CatalogReader reader = new CatalogReader();
        for (Path f : files) {
            try {
                CatalogDocument doc = reader.read(f);
                String json = CatalogJson.toPrettyString(doc);
                if (out == null) {
                    PrintWriter stdout = new PrintWriter(Main.stdout(), true, StandardCharsets.UTF_8);
                    stdout.println(json);
                } else {
                    Files.writeString(out.resolve(f.getFileName() + ".json"), json + "\n", StandardCharsets.UTF_8);
                    err.println("gkml: " + f + ": " + doc.entries().size() + " entries, " + doc.warnings().size() + " warnings");
                }
            } catch (UnreadableFileException e) {
                err.println("gkml: " + e.getMessage());
                failed++;
            } catch (IOException e) {
                err.println("gkml: cannot write output for " + f + ": " + e.getMessage());
                return ExitCode.FATAL;
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FILES_FAILED;
    }
}

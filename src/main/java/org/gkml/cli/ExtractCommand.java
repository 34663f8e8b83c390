package org.gkml.cli;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.extract.UnreadableFileException;
import org.gkml.pipeline.CatalogReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

@Command(name = "extract",
        description = {
                "Read catalogs and print them in the unified schema as JSON.",
                "With one FILE and no --out, the document goes to stdout. With a folder, --out is required",
                "and each catalog is written to OUTDIR/<file name>.json. Unreadable files are reported on",
                "stderr with the reason and skipped; the rest go on."},
        mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Catalog files, or folders searched recursively.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR", description = "Write OUTDIR/<file name>.json per catalog.")
    Path out;

    @Override
    public Integer call() {
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    err.println("gkml: cannot list " + p + ": " + e.getMessage());
                    return ExitCode.FATAL;
                }
            } else if (Files.exists(p)) {
                files.add(p);
            } else {
                err.println("gkml: " + p + ": no such file or folder");
                return ExitCode.FATAL;
            }
        }
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
        int failed = 0;
        for (Path f : files) {
            try {
                CatalogDocument doc = reader.read(f);
                String json = CatalogJson.toPrettyString(doc);
                if (out == null) {
                    PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
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

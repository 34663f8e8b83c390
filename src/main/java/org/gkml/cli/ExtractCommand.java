package org.gkml.cli;

import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.MappingsException;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.ingest.ForkedReader;
import org.gkml.ingest.GuardedReader;
import org.gkml.ingest.ReadGuard;
import org.gkml.ingest.RunLog;
import org.gkml.ingest.RunReport;
import org.gkml.ingest.SourceTree;
import org.gkml.pipeline.CatalogReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "extract",
        description = {
                "Read catalogs and print them in the unified schema as JSON.",
                "With one FILE and no --out, the document goes to stdout. With a folder, --out is required",
                "and each catalog is written to OUTDIR/<its path under the folder>.json; inside folders only",
                "catalog file types are read (mappings/ingest-extensions.tsv). Unreadable files, files over",
                "--max-size and reads past --timeout are reported on stderr with the reason and skipped; the",
                "rest go on (exit code 1)."},
        mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Catalog files, or folders searched recursively.")
    List<Path> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "OUTDIR", description = "Write OUTDIR/<path under the folder>.json per catalog.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Give up on a file after this long (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "100M", description = "Skip larger files as failures; bytes or with K, M, G (default: ${DEFAULT-VALUE}).")
    String maxSize;

    @CommandLine.Mixin
    ReadIsolation isolation = new ReadIsolation();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        Duration timeout;
        long maxBytes;
        ForkedReader.Settings children;
        try {
            timeout = IngestCommand.parseTimeout(timeoutSeconds);
            maxBytes = IngestCommand.parseSize(maxSize);
            children = isolation.settings(1, Main.mappingsDir(main));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        SourceTree tree;
        Mappings mappings;
        try {
            mappings = Main.mappings(main);
            tree = SourceTree.of(mappings);
            CatalogReader.check(mappings); // in this process too: a bad file is one clear line, not failed children
        } catch (MappingsException e) {
            err.println(Main.explain(e));
            return ExitCode.FATAL;
        }
        for (Path p : paths) {
            if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                err.println("gkml: " + RunLog.printable(p.toString()) + ": a symbolic link that leads nowhere or into a loop");
                return ExitCode.FATAL;
            }
            if (!Files.exists(p)) {
                err.println("gkml: " + RunLog.printable(p.toString()) + ": no such file or folder");
                return ExitCode.FATAL;
            }
        }
        SourceTree.Listing listing;
        try {
            listing = tree.walk(paths, null);
        } catch (IOException e) {
            err.println("gkml: cannot list " + paths + ": " + e.getMessage());
            return ExitCode.FATAL;
        }
        List<SourceTree.SourceFile> files = listing.files();
        for (RunReport.Failure problem : listing.problems()) err.println("gkml: " + RunLog.printable(problem.file()) + ": " + problem.reason());
        int failed = listing.problems().size();
        if (out == null && files.size() + failed != 1) {
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
        Map<Path, Path> written = new HashMap<>();
        // one file reads in this JVM: a child process would only add its start-up
        try (ReadGuard reader = children != null && files.size() > 1
                ? new ForkedReader(children, timeout)
                : new GuardedReader(() -> new CatalogReader(mappings)::read, timeout)) {
            for (SourceTree.SourceFile sf : files) {
                Path f = sf.path();
                String shown = RunLog.printable(f.toString());
                if (sf.size() > maxBytes) {
                    err.println("gkml: " + shown + ": the file has " + sf.size() + " bytes, over the limit of " + maxBytes + " (--max-size)");
                    failed++;
                    continue;
                }
                Path target = out == null ? null : out.resolve(outputName(f));
                if (target != null && written.containsKey(target)) {
                    err.println("gkml: " + shown + ": not written: " + target + " already holds " + RunLog.printable(written.get(target).toString())
                            + "; extract the two folders into different OUTDIRs");
                    failed++;
                    continue;
                }
                GuardedReader.Outcome outcome = reader.read(f, f.toString());
                if (!outcome.ok()) {
                    err.println("gkml: " + RunLog.printable(outcome.failure().file()) + ": " + outcome.failure().reason());
                    failed++;
                    continue;
                }
                CatalogDocument doc = outcome.document();
                try {
                    String json = CatalogJson.toPrettyString(doc);
                    if (target == null) {
                        PrintWriter stdout = new PrintWriter(Main.stdout(), true, StandardCharsets.UTF_8);
                        stdout.println(json);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
                        written.put(target, f);
                        err.println("gkml: " + shown + ": " + doc.entries().size() + " entries, " + doc.warnings().size() + " warnings");
                    }
                } catch (IOException e) {
                    err.println("gkml: cannot write output for " + shown + ": " + e.getMessage());
                    return ExitCode.FATAL;
                }
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FILES_FAILED;
    }

    /**
     * Where a catalog's JSON goes under OUTDIR: its path under the folder it was found in (a/same.txt and
     * b/same.txt both survive), or its file name when it was named on the command line.
     */
    private Path outputName(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        for (Path root : paths) {
            Path r = root.toAbsolutePath().normalize();
            if (Files.isDirectory(r) && abs.startsWith(r) && !abs.equals(r)) {
                Path rel = r.relativize(abs);
                return rel.resolveSibling(rel.getFileName() + ".json");
            }
        }
        return Path.of(abs.getFileName() + ".json");
    }
}

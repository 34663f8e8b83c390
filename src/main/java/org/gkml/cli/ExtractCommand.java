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
        Limits limits = limits();
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
        if (!pathsExist(err)) return ExitCode.FATAL;
        SourceTree.Listing listing;
        try {
            listing = tree.walk(paths, null);
        } catch (IOException e) {
            err.println("gkml: cannot list " + paths + ": " + e.getMessage());
            return ExitCode.FATAL;
        }
        List<SourceTree.SourceFile> files = listing.files();
        for (RunReport.Failure problem : listing.problems()) err.println("gkml: " + RunLog.printable(problem.file()) + ": " + problem.reason());
        if (out == null && files.size() + listing.problems().size() != 1) {
            err.println("gkml: " + files.size() + " catalogs found; give --out OUTDIR to write one JSON file each");
            return ExitCode.USAGE;
        }
        if (!outputFolderReady(err)) return ExitCode.FATAL;
        return extractAll(files, listing.problems().size(), limits, mappings, err);
    }

    /** The --timeout, --max-size and isolation options, parsed. */
    private record Limits(Duration timeout, long maxBytes, ForkedReader.Settings children) {
    }

    private Limits limits() {
        try {
            return new Limits(IngestCommand.parseTimeout(timeoutSeconds), IngestCommand.parseSize(maxSize),
                    isolation.settings(1, Main.mappingsDir(main)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** False, with the reason on stderr, when a PATH is missing or a dangling link: nothing is read then. */
    private boolean pathsExist(PrintWriter err) {
        for (Path p : paths) {
            if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                err.println("gkml: " + RunLog.printable(p.toString()) + ": a symbolic link that leads nowhere or into a loop");
                return false;
            }
            if (!Files.exists(p)) {
                err.println("gkml: " + RunLog.printable(p.toString()) + ": no such file or folder");
                return false;
            }
        }
        return true;
    }

    private boolean outputFolderReady(PrintWriter err) {
        if (out == null) return true;
        try {
            Files.createDirectories(out);
            return true;
        } catch (IOException e) {
            err.println("gkml: cannot create output folder " + out + ": " + e.getMessage());
            return false;
        }
    }

    /** Reads and writes each file; a file that fails is counted and skipped, a failed write stops the run. */
    private int extractAll(List<SourceTree.SourceFile> files, int failed, Limits limits, Mappings mappings, PrintWriter err) {
        Map<Path, Path> written = new HashMap<>();
        // one file reads in this JVM: a child process would only add its start-up
        try (ReadGuard reader = limits.children() != null && files.size() > 1
                ? new ForkedReader(limits.children(), limits.timeout())
                : new GuardedReader(() -> new CatalogReader(mappings)::read, limits.timeout())) {
            for (SourceTree.SourceFile sf : files) {
                Path f = sf.path();
                Path target = out == null ? null : out.resolve(outputName(f));
                String skipped = whySkipped(sf, limits.maxBytes(), target, written);
                if (skipped != null) {
                    err.println("gkml: " + RunLog.printable(f.toString()) + ": " + skipped);
                    failed++;
                    continue;
                }
                GuardedReader.Outcome outcome = reader.read(f, f.toString());
                if (!outcome.ok()) {
                    err.println("gkml: " + RunLog.printable(outcome.failure().file()) + ": " + outcome.failure().reason());
                    failed++;
                    continue;
                }
                try {
                    write(outcome.document(), f, target, err);
                    if (target != null) written.put(target, f);
                } catch (IOException e) {
                    err.println("gkml: cannot write output for " + RunLog.printable(f.toString()) + ": " + e.getMessage());
                    return ExitCode.FATAL;
                }
            }
        }
        return failed == 0 ? ExitCode.OK : ExitCode.FILES_FAILED;
    }

    /** Why a file is not read (over --max-size, or its output name taken by another file), or null. */
    private String whySkipped(SourceTree.SourceFile sf, long maxBytes, Path target, Map<Path, Path> written) {
        if (sf.size() > maxBytes) {
            return "the file has " + sf.size() + " bytes, over the limit of " + maxBytes + " (--max-size)";
        }
        if (target != null && written.containsKey(target)) {
            return "not written: " + target + " already holds " + RunLog.printable(written.get(target).toString())
                    + "; extract the two folders into different OUTDIRs";
        }
        return null;
    }

    /** The document's JSON to stdout (no target) or to the target file, with a one-line summary on stderr. */
    private static void write(CatalogDocument doc, Path file, Path target, PrintWriter err) throws IOException {
        String json = CatalogJson.toPrettyString(doc);
        if (target == null) {
            PrintWriter stdout = new PrintWriter(Main.stdout(), true, StandardCharsets.UTF_8);
            stdout.println(json);
            return;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, json + "\n", StandardCharsets.UTF_8);
        err.println("gkml: " + RunLog.printable(file.toString()) + ": " + doc.entries().size() + " entries, " + doc.warnings().size() + " warnings");
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

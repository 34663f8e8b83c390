package org.gkml.cli;

import org.gkml.ingest.SourceTree;
import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.MappingsException;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.index.solr.SolrCatalogStore;
import org.gkml.ingest.IngestOptions;
import org.gkml.ingest.Ingester;
import org.gkml.ingest.RunLog;
import org.gkml.ingest.RunReport;
import org.gkml.pipeline.CatalogReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "ingest",
        description = {
                "Read every catalog under the paths into the index (DATA/index) and",
                "DATA/records.jsonl. Incremental: unchanged files are skipped, a changed one",
                "replaces its records, and with --prune documents whose file is gone are",
                "deleted. A file that cannot be read is reported and the batch goes on. Each",
                "run writes a JSON report to DATA/runs/. One ingest at a time per data folder",
                "(DATA/ingest.lock). Exit codes: 0 done, 1 done but files failed, 3 fatal."},
        mixinStandardHelpOptions = true)
final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Catalog files, or folders searched recursively (hidden files skipped).")
    List<Path> paths;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "gkml-data", description = "Data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--prune", description = "Delete documents under PATH whose file no longer exists.")
    boolean prune;

    @Option(names = "--json", description = "Print the run report as JSON on stdout.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the run report to FILE.")
    Path report;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Give up on a file after this long (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Files read at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "100M", description = "Skip larger files as failures; bytes or with K, M, G (default: ${DEFAULT-VALUE}).")
    String maxSize;

    @Option(names = "--checkpoint", paramLabel = "N", defaultValue = "500", description = "Commit every N documents read, so a killed run keeps its work (default: ${DEFAULT-VALUE}).")
    int checkpoint;

    @CommandLine.Mixin
    ReadIsolation isolation = new ReadIsolation();

    /** With --solr the records go to a SolrCloud collection; DATA keeps records.jsonl, the runs and the lock. */
    @CommandLine.Mixin
    SolrOptions solr = new SolrOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        IngestOptions options;
        try {
            if (report != null) {
                // checked before anything is done: a report that cannot be written is a wrong command line,
                // and gkml does not create folders the user did not ask for
                Path folder = report.toAbsolutePath().getParent();
                if (folder == null || !Files.isDirectory(folder)) throw new IllegalArgumentException("--report: the folder " + folder + " does not exist");
                if (!Files.isWritable(folder) || Files.isDirectory(report)) throw new IllegalArgumentException("--report: cannot write " + report);
            }
            options = new IngestOptions(paths, data, prune, parseTimeout(timeoutSeconds), threads,
                    parseSize(maxSize), checkpoint).inChildProcesses(isolation.settings(threads, Main.mappingsDir(main)));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        SourceTree tree;
        Mappings mappings;
        try {
            mappings = Main.mappings(main);
            tree = SourceTree.of(mappings);
            // checked here too when child processes read: a bad file is then one clear line, not failed children
            // (the index's analyzer loads HanLP's dictionary in this process anyway)
            CatalogReader.check(mappings);
            options = options.readingAs(CatalogReader.readingOf(mappings));
        } catch (MappingsException e) {
            err.println(Main.explain(e));
            return ExitCode.FATAL;
        }
        boolean terminal = System.console() != null;
        RunReport result;
        try (RunLog log = new RunLog(err, terminal)) {
            Ingester.StoreOpener opener = solr.used() ? dir -> SolrCatalogStore.open(solr.solr, solr.collection) : LuceneCatalogStore::open;
            result = new Ingester(options, tree, opener, () -> new CatalogReader(mappings)::read, log, ExitCode::of).run();
            if (report != null) {
                try {
                    result.writeTo(report);
                } catch (IOException e) {
                    // the run itself stands (committed, and saved in DATA/runs): its exit code says how it went
                    log.warn("cannot write the report to " + report + ": " + e.getMessage() + " (it is in " + data.resolve("runs") + ")");
                }
            }
        }
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(result.toJson());
            out.flush();
        }
        return result.exitCode();
    }

    static Duration parseTimeout(double seconds) {
        if (!(seconds > 0) || seconds > 1e9) throw new IllegalArgumentException("--timeout must be a positive number of seconds: " + seconds);
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** "100M" → bytes. */
    static long parseSize(String s) {
        String t = s.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("B")) t = t.substring(0, t.length() - 1);
        if (t.endsWith("K")) unit = 1L << 10;
        else if (t.endsWith("M")) unit = 1L << 20;
        else if (t.endsWith("G")) unit = 1L << 30;
        if (unit > 1) t = t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(t.strip());
            if (n <= 0) throw new IllegalArgumentException("--max-size must be positive: " + s);
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("--max-size is not a size: " + s + " (try 100M)");
        }
    }
}

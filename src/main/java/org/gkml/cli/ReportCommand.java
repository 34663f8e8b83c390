package org.gkml.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.gkml.catalog.CatalogDocument;
import org.gkml.index.CatalogStore;
import org.gkml.index.solr.SolrCatalogStore;
import org.gkml.ingest.RunLog;
import org.gkml.report.CatalogFilter;
import org.gkml.report.ReportBuilder;
import org.gkml.report.ReportException;
import org.gkml.report.ReportSummary;
import org.gkml.report.ReportVocabulary;
import org.gkml.report.source.CatalogSource;
import org.gkml.report.source.FileSource;
import org.gkml.report.source.Progress;
import org.gkml.report.source.RecordsSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "report",
        description = {
                "Build the coordinator's workbook (.xlsx) from many catalogs: what each publishes, which",
                "items of a reference template each lacks, and which entries break the rules.",
                "",
                "Reads the catalogs of a data folder that `gkml ingest` filled (--data, the default), or of",
                "a SolrCloud collection (--solr, with --data optional for the run reports), or reads the",
                "given files and folders now (PATH…; gkml extract's .json output is read too).",
                "Sheets:",
                "  条目  every entry in the unified schema, with agency, region, level and source file",
                "  目录  one row per catalog: entries found vs declared, problems, warnings, when read",
                "  问题  one row per rule violation: catalog, 序号, field, rule, value, page and row",
                "        (rules and thresholds: mappings/report-rules.tsv)",
                "  覆盖  items as one list across catalogs (names matched after folding punctuation,",
                "        spaces, traditional characters, and through mappings/item-synonyms.tsv), one",
                "        column per agency; green = listed, red = in the reference but not listed",
                "  缺项  per catalog, the items of the reference(s) of its field it lacks (缺少) and the ones",
                "        it adds (多出); 未比较 and why for a catalog of another field",
                "",
                "From a data folder, warnings and declared counts come from the run reports in DATA/runs",
                "(the newest that warned about a file) and the format is the file's extension.",
                "",
                "Examples:",
                "  gkml ingest corpus && gkml report --out report.xlsx --reference corpus/003_0c93a4fb907a582b.txt",
                "  gkml report corpus/layouts --out layouts.xlsx -f province=宁夏回族自治区",
                "  gkml report --data /var/lib/gkml --out 宁夏.xlsx -f province=宁夏回族自治区 --json",
                "  gkml report --solr zk1:2181/solr --collection catalogs --out all.xlsx",
                "  gkml report --out report.xlsx --html report.html   also a one-page summary with charts",
                "  gkml report --out r.xlsx --concordance-out items.tsv   …correct items.tsv, then:",
                "  gkml report --out r.xlsx --concordance items.tsv       the corrections win",
                "",
                "Exit codes: 0 done; 1 done, but some files could not be read (reading PATHs);",
                "2 wrong command line; 3 nothing written (no data, the collection or its cluster",
                "unreachable, no catalog matched, a reference or the output cannot be read or written)."},
        mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Catalog files or folders to read now, instead of a data folder.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder filled by `gkml ingest` (default: gkml-data; "
            + "with --solr optional: the run reports, for catalogs whose markers keep no facts).")
    Path data;

    /** With --solr the entries come from the collection, as records.jsonl would give them. */
    @CommandLine.Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The workbook to write (.xlsx).")
    Path out;

    @Option(names = "--html", paramLabel = "FILE",
            description = "Also write a one-page summary (.html, self-contained: opens offline) with charts of entries per agency, "
                    + "problems by rule and by place, time limits by catalog and the coverage heat map.")
    Path html;

    @Option(names = "--concordance", paramLabel = "FILE",
            description = "Corrections to the matching of items: a TSV of 写法<TAB>归入事项 (as --concordance-out writes it, "
                    + "corrected); they win over the folding and mappings/item-synonyms.tsv.")
    Path concordance;

    @Option(names = "--concordance-out", paramLabel = "FILE",
            description = "Write the concordance used (every spelling, the item it went under, how, and the likest other item "
                    + "as a suggestion) as TSV, to correct and give back with --concordance.")
    Path concordanceOut;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "A template catalog the 缺项 sheet compares the catalogs of its field with (any format gkml reads, or "
                    + "its .json); repeat for several (a national and a provincial template, or one per field): each catalog is "
                    + "compared with those of its field (mappings/reference-fit.tsv), each item lacking naming its reference.")
    List<Path> references = new ArrayList<>();

    @Option(names = {"-f", "--filter"}, paramLabel = "KEY=VALUE",
            description = "Only catalogs whose KEY is VALUE (repeatable; same key: either value, different keys: all). "
                    + "Keys: province, city, county, level (province/city/county), agency, source, format.")
    List<String> filters = new ArrayList<>();

    @Option(names = "--json", description = "Print a summary as JSON on stdout (counts, problems per rule, failures).")
    boolean json;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120", description = "Give up on a file after this long (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        CatalogFilter filter;
        Duration timeout;
        try {
            if ((data != null || solr.used()) && !paths.isEmpty()) throw new IllegalArgumentException("give either --data DIR (or --solr) or PATHs to read, not both");
            if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new IllegalArgumentException("--out " + out + ": the workbook's name must end in .xlsx");
            }
            Path folder = out.toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) throw new IllegalArgumentException("--out: the folder " + folder + " does not exist");
            if (Files.isDirectory(out)) throw new IllegalArgumentException("--out " + out + " is a folder");
            if (html != null) {
                Path htmlFolder = html.toAbsolutePath().getParent();
                if (htmlFolder == null || !Files.isDirectory(htmlFolder)) throw new IllegalArgumentException("--html: the folder " + htmlFolder + " does not exist");
                if (Files.isDirectory(html)) throw new IllegalArgumentException("--html " + html + " is a folder");
            }
            if (concordance != null && !Files.isRegularFile(concordance)) throw new IllegalArgumentException("--concordance " + concordance + ": no such file");
            filter = CatalogFilter.parse(filters);
            timeout = IngestCommand.parseTimeout(timeoutSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        org.gkml.vocabulary.Mappings mappings;
        ReportVocabulary vocabulary;
        try {
            mappings = Main.mappings(main);
            vocabulary = ReportVocabulary.load(mappings);
        } catch (org.gkml.vocabulary.MappingsException e) {
            err.println(Main.explain(e));
            return ExitCode.FATAL;
        } catch (IllegalArgumentException e) {
            err.println("gkml: " + e.getMessage());
            return ExitCode.FATAL;
        }
        if (concordance != null) {
            try {
                vocabulary = vocabulary.withCorrections(org.gkml.report.coverage.ConcordanceFile.read(concordance));
            } catch (IOException e) {
                err.println("gkml: --concordance " + RunLog.printable(e.getMessage()));
                return ExitCode.FATAL;
            }
        }
        IndexPlace place = paths.isEmpty() ? IndexPlace.of(data, solr, spec) : null;
        CatalogStore store;
        try {
            store = place != null && place.solr() ? SolrCatalogStore.open(solr.solr, solr.collection) : null;
        } catch (IOException e) {
            return place.fail(e, err);
        }
        CatalogSource source = place == null ? new FileSource(paths, timeout, mappings)
                : store != null ? new RecordsSource(store, place.describe(), place.data) : new RecordsSource(place.data);
        ReportSummary summary;
        try (store; Progress progress = Progress.on(System.err, System.console() != null)) {
            List<CatalogDocument> reference = FileSource.references(references, timeout, mappings);
            summary = new ReportBuilder(vocabulary).build(source, reference, filter, new ReportBuilder.Outputs(out, html, concordanceOut), progress);
        } catch (ReportException e) {
            err.println("gkml: " + RunLog.printable(e.getMessage()));
            return ExitCode.FATAL;
        } catch (IOException e) {
            err.println("gkml: cannot write the report (" + out + (html == null ? "" : ", " + html)
                    + (concordanceOut == null ? "" : ", " + concordanceOut) + "): " + e.getMessage());
            return ExitCode.FATAL;
        }
        for (ReportSummary.Failure f : summary.failures()) err.println("gkml: " + RunLog.printable(f.file()) + ": " + f.reason());
        err.println("gkml: " + out + ": " + summary.catalogs() + " catalogs, " + summary.entries() + " entries, "
                + summary.problemCount() + " problems" + problems(summary.problems()) + ", " + summary.items() + " items across "
                + summary.columns() + " agencies" + (summary.filtered() > 0 ? "; " + summary.filtered() + " catalogs left out by --filter" : "")
                + (summary.failures().isEmpty() ? "" : "; " + summary.failures().size() + " files could not be read"));
        err.flush();
        if (json) {
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                stdout.println(JSON.writeValueAsString(summary));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            stdout.flush();
        }
        return summary.failures().isEmpty() ? ExitCode.OK : ExitCode.FILES_FAILED;
    }

    private static String problems(Map<String, Integer> byRule) {
        List<String> parts = new ArrayList<>();
        byRule.forEach((rule, n) -> {
            if (n > 0) parts.add(rule + " " + n);
        });
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
}

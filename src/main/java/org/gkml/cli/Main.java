package org.gkml.cli;

import org.gkml.extract.LibraryLogging;
import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.MappingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

@Command(name = "gkml",
        mixinStandardHelpOptions = true,
        version = "gkml 0.1.0",
        description = {
                "Reads government information-disclosure catalogs (政府信息公开目录)",
                "in any layout and format, maps them onto one schema, and makes them",
                "searchable.",
                "",
                "Examples:",
                "  gkml extract corpus/001_d1b07a4c651a3051.txt   one catalog as JSON",
                "  gkml extract corpus --out out/                one JSON file each",
                "  gkml ingest corpus                            index into ./gkml-data",
                "  gkml search 异地就医                           search the index",
                "  gkml search 年报 -f province=宁夏回族自治区      …with a filter",
                "  gkml report --out report.xlsx                 the coordinator's workbook",
                "  gkml serve                                    the search page on :8080"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:finished, but some input files could not be read",
                "2:wrong command line",
                "3:fatal error (nothing was done)"})
public final class Main implements Runnable {

    private Path mappingsDir;
    private Mappings mappings;

    @Option(names = "--mappings", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Folder of mapping files overriding the embedded ones (same file names as mappings/).")
    void setMappings(Path dir) {
        this.mappingsDir = dir;
    }

    /**
     * The run's mappings: the built-in files, each replaced by the --mappings folder's file of that name; read
     * and checked once, when a command starts. A command run without this parent uses the built-in ones.
     */
    static Mappings mappings(Main parent) {
        if (parent == null) return Mappings.builtIn();
        if (parent.mappings == null) parent.mappings = parent.mappingsDir == null ? Mappings.builtIn() : Mappings.load(parent.mappingsDir);
        return parent.mappings;
    }

    /** The --mappings folder, or null: reading processes are started with it. */
    static Path mappingsDir(Main parent) {
        return parent == null ? null : parent.mappingsDir;
    }

    /** One line for the user: which file and line, what is wrong with it, and what to do. */
    static String explain(MappingsException e) {
        // a row's fault needs the row fixed; a file's (not UTF-8, no such folder) already says what to do
        boolean rowFault = e.line() > 0 && !(e.getCause() instanceof java.nio.charset.CharacterCodingException);
        String todo = rowFault ? "; fix that line, or remove the file from the --mappings folder to use the built-in one" : "";
        return "gkml: mappings: " + e.getMessage() + todo;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static final int USAGE_WIDTH = 112;

    /**
     * The subcommands, in the order the help lists them. They are added to the command line by {@link #commandLine}
     * rather than named in {@code @Command}, so that a run of one command builds only its own model: picocli's model of
     * every subcommand (reflection over each one's options) cost 170–200 ms of a command's start.
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("extract", ExtractCommand::new);
        m.put("ingest", IngestCommand::new);
        m.put("search", SearchCommand::new);
        m.put("report", ReportCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("solr", SolrCommand::new);
        m.put("reindex", ReindexCommand::new);
        m.put("help", CommandLine.HelpCommand::new);
        return m;
    }

    /** The command line with every subcommand. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The command line for {@code args}: with only the subcommand they run, when they name one before any option but
     * {@code --mappings}; with every subcommand otherwise (the help, a wrong or missing command name, and {@code help},
     * which looks the others up).
     */
    static CommandLine commandLine(String[] args) {
        LibraryLogging.quiet();
        CommandLine cl = new CommandLine(new Main());
        String only = args == null ? null : commandOf(args);
        SUBCOMMANDS.forEach((name, make) -> {
            if (only == null || only.equals(name)) cl.addSubcommand(name, make.get());
        });
        // the descriptions are written as lines of up to ~100 columns; picocli's default 80 would re-break them mid-sentence
        cl.setUsageHelpWidth(USAGE_WIDTH);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // A bug must still not print a stack trace at the user; say what broke and how to report it.
            commandLine.getErr().println("gkml: internal error: " + ex);
            if (System.getenv("GKML_DEBUG") != null) ex.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("gkml: set GKML_DEBUG=1 to see the stack trace");
            return ExitCode.FATAL;
        });
        return cl;
    }

    /** The subcommand {@code args} run, or null when they run none, or help, or start with another option than --mappings. */
    static String commandOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--mappings")) {
                i++;
            } else if (!a.startsWith("--mappings=")) {
                return !a.equals("help") && SUBCOMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
    }

    /** The real standard output, once {@link #main} has sent {@code System.out} to stderr. */
    private static volatile PrintStream stdout;

    /** Where a command's results go: the real stdout, never shared with library chatter. */
    static PrintStream stdout() {
        PrintStream s = stdout;
        return s != null ? s : System.out;
    }

    public static void main(String[] args) {
        // Libraries (Log4j's status logger, PDFBox, POI) may print to System.out; results must be the only
        // thing on stdout, so `--json` and extract's JSON can be piped. Their prints go to stderr instead.
        stdout = System.out;
        System.setOut(System.err);
        CommandLine cl = commandLine(args);
        cl.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true));
        System.exit(cl.execute(args));
    }
}

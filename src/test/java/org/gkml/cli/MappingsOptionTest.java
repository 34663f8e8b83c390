package org.gkml.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `--mappings DIR` end to end: a bad file stops every command at start-up with one line naming it. */
class MappingsOptionTest {

    private static final String CATALOG = "corpus/002_10e874960aa90f81.txt";

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8) + out, errBytes.toString(StandardCharsets.UTF_8) + err);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Path badSignals(Path dir) throws Exception {
        Path mappings = Files.createDirectories(dir.resolve("mappings"));
        Files.writeString(mappings.resolve("cell-signals.tsv"), "# field, weight, pattern\nbasis\t3\t^《\nbasis\t2\t(《\n");
        return mappings;
    }

    private static List<String> command(String name, Path dir) {
        List<String> args = new ArrayList<>(List.of(name));
        switch (name) {
            case "extract" -> args.add(CATALOG);
            case "ingest" -> args.addAll(List.of(CATALOG, "--data", dir.resolve("data").toString()));
            case "search" -> args.addAll(List.of("年报", "--data", dir.resolve("data").toString()));
            default -> throw new IllegalArgumentException(name);
        }
        return args;
    }

    @ParameterizedTest
    @ValueSource(strings = {"extract", "ingest", "search"})
    void aMalformedFileExitsFatalNamingFileAndLine(String name, @TempDir Path dir) throws Exception {
        Path mappings = badSignals(dir);
        List<String> args = new ArrayList<>(List.of("--mappings", mappings.toString()));
        args.addAll(command(name, dir));
        Run r = run(args.toArray(String[]::new));
        assertEquals(ExitCode.FATAL, r.code(), r.err());
        String file = mappings.resolve("cell-signals.tsv").toString();
        assertTrue(r.err().contains(file + " line 3: column 3 is not a valid regular expression"), r.err());
        assertTrue(r.err().contains("fix that line"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertEquals("", r.out());
        if (name.equals("ingest")) assertFalse(Files.exists(dir.resolve("data")), "nothing was done");
    }

    @Test
    void theOptionMayFollowTheCommand(@TempDir Path dir) throws Exception {
        Path mappings = badSignals(dir);
        Run r = run("extract", "--mappings", mappings.toString(), CATALOG);
        assertEquals(ExitCode.FATAL, r.code(), r.err());
        assertTrue(r.err().contains("cell-signals.tsv line 3"), r.err());
    }

    @Test
    void aMissingFolderIsFatal(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        Run r = run("--mappings", missing.toString(), "extract", CATALOG);
        assertEquals(ExitCode.FATAL, r.code(), r.err());
        assertTrue(r.err().contains(missing + ": no such folder"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void theReadingProcessesUseTheOverrideToo(@TempDir Path dir) throws Exception {
        Path mappings = Files.createDirectories(dir.resolve("mappings"));
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String name : List.of("a.txt", "b.txt")) {
            Files.writeString(in.resolve(name), "序号\t二级事项\t公开内容\t公开时限\t经办窗口\n1\t机构信息\t名称\t20个工作日内\t三号窗口\n");
        }
        Files.writeString(mappings.resolve("headers.tsv"), "seq\t序号\nitem\t二级事项\ncontent\t公开内容\ntime_limit\t公开时限\nresponsible\t经办窗口\n");
        Path out = dir.resolve("out");
        Run r = run("--mappings", mappings.toString(), "extract", in.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        for (String name : List.of("a.txt.json", "b.txt.json")) {
            String json = Files.readString(out.resolve(name)).replace(" ", "");
            assertTrue(json.contains("\"responsible\":[\"三号窗口\"]"), json);
        }
    }

    @Test
    void aGoodOverrideIsUsed(@TempDir Path dir) throws Exception {
        Path mappings = Files.createDirectories(dir.resolve("mappings"));
        Path catalog = Files.writeString(dir.resolve("c.txt"), "序号\t二级事项\t公开内容\t公开时限\t经办窗口\n1\t机构信息\t名称\t20个工作日内\t三号窗口\n");
        Files.writeString(mappings.resolve("headers.tsv"), "seq\t序号\nitem\t二级事项\ncontent\t公开内容\ntime_limit\t公开时限\nresponsible\t经办窗口\n");
        Run with = run("--mappings", mappings.toString(), "extract", catalog.toString());
        Run without = run("extract", catalog.toString());
        assertEquals(0, with.code(), with.err());
        assertEquals(0, without.code(), without.err());
        assertTrue(with.out().contains("\"responsible\" : [ \"三号窗口\" ]") || with.out().replace(" ", "").contains("\"responsible\":[\"三号窗口\"]"), with.out());
        assertFalse(without.out().replace(" ", "").contains("\"responsible\":[\"三号窗口\"]"), without.out());
    }
}

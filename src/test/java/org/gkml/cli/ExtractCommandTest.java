package org.gkml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `gkml extract` end to end, as a user runs it. */
class ExtractCommandTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.commandLine().execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void oneFilePrintsOneJsonDocument() throws Exception {
        Run r = run("extract", "corpus/002_10e874960aa90f81.txt");
        assertEquals(0, r.code(), r.err());
        JsonNode doc = CatalogJson.MAPPER.readTree(r.out());
        assertEquals("002_10e874960aa90f81.txt", doc.get("source").asText());
        assertEquals(19, doc.get("entries").size());
        assertEquals("石嘴山市", doc.get("region").get("city").asText());
        assertEquals("参保人员异地就医登记备案", doc.get("entries").get(12).get("item").asText());
    }

    @Test
    void aFolderWritesOneFileEach(@TempDir Path out) throws Exception {
        // the corpus but its scans, which need the OCR program (IngestCommandTest.SCANS)
        List<String> args = new ArrayList<>(List.of("extract"));
        args.addAll(List.of(IngestCommandTest.corpusPaths()));
        args.addAll(List.of("--out", out.toString()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve("001_d1b07a4c651a3051.txt.json")));
        JsonNode doc = CatalogJson.MAPPER.readTree(out.resolve("001_d1b07a4c651a3051.txt.json").toFile());
        assertEquals(16, doc.get("entries").size());
        assertFalse(doc.get("warnings").toString().contains("declared-count-differs"), doc.get("warnings").toString());
    }

    @Test
    void aCatalogThatDeclaresMoreItemsThanItHoldsSaysSo(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("001-miscounted.txt");
        Files.writeString(f, Files.readString(Path.of("corpus/001_d1b07a4c651a3051.txt")).replace("二级事项 16 项", "二级事项 17 项"));
        Run r = run("extract", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("declares 17 二级事项, found 16"), r.out());
    }

    static Stream<Object[]> badInputs() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        return Stream.of(
                new Object[]{"empty.txt", new byte[0], "empty"},
                new Object[]{"note.txt", "今天开会，请大家准时参加。\n地点：三楼会议室。\n".getBytes(StandardCharsets.UTF_8), "no catalog table"},
                new Object[]{"header-only.txt", "政府信息公开目录\n序号 公开事项 公开内容 公开时限\n".getBytes(StandardCharsets.UTF_8), "no numbered rows"},
                new Object[]{"binary.txt", junk, ""});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGetsOneClearLineAndNoStackTrace(String name, byte[] content, String reason, @TempDir Path dir) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        Run r = run("extract", f.toString());
        assertEquals(ExitCode.FILES_FAILED, r.code());
        assertEquals("", r.out(), "nothing that looks like a catalog on stdout");
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains(name), err);
        assertTrue(err.contains(reason), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    void aMissingPathIsFatal() {
        Run r = run("extract", "no/such/file.txt");
        assertEquals(ExitCode.FATAL, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void extractHasTheGuardsOfIngest(@TempDir Path dir) throws Exception {
        Run big = run("extract", "corpus/002_10e874960aa90f81.txt", "--max-size", "1K");
        assertEquals(ExitCode.FILES_FAILED, big.code());
        assertEquals("", big.out());
        assertEquals(1, big.err().strip().lines().count(), big.err());
        assertTrue(big.err().contains("over the limit of 1024 (--max-size)"), big.err());
        assertEquals(ExitCode.USAGE, run("extract", "corpus/002_10e874960aa90f81.txt", "--max-size", "lots").code());
        assertEquals(ExitCode.USAGE, run("extract", "corpus/002_10e874960aa90f81.txt", "--timeout", "0").code());
        assertEquals(ExitCode.OK, run("extract", "corpus/002_10e874960aa90f81.txt", "--timeout", "600").code());
    }

    @Test
    void aHugeLineIsRefusedBeforeSegmentation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("one-line.txt");
        Files.writeString(f, "序号 事项 内容\n" + "公开".repeat(50_000) + "\n", StandardCharsets.UTF_8);
        Run r = run("extract", f.toString());
        assertEquals(ExitCode.FILES_FAILED, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("line 2 has 100000 characters"), r.err());
    }

    @Test
    void sameNamesInTwoFoldersBothSurvive(@TempDir Path dir) throws Exception {
        Path tree = dir.resolve("tree");
        for (String sub : List.of("a", "b")) {
            Files.copy(Path.of("corpus/002_10e874960aa90f81.txt"), Files.createDirectories(tree.resolve(sub)).resolve("same.txt"));
        }
        Files.writeString(tree.resolve("b/same.txt"), Files.readString(tree.resolve("b/same.txt")).replace("参保人员异地就医登记备案", "参保人员异地就医备案"));
        Path out = dir.resolve("out");
        Run r = run("extract", tree.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.readString(out.resolve("a/same.txt.json")).contains("参保人员异地就医登记备案"));
        assertTrue(Files.readString(out.resolve("b/same.txt.json")).contains("参保人员异地就医备案"));
    }

    @Test
    void aPipeOrALinkLoopIsNamedForWhatItIs(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Run pipe = run("extract", fifo.toString());
        assertEquals(ExitCode.FILES_FAILED, pipe.code(), pipe.err());
        assertTrue(pipe.err().contains("not a regular file"), pipe.err());
        Files.createSymbolicLink(dir.resolve("l1.txt"), dir.resolve("l2.txt"));
        Files.createSymbolicLink(dir.resolve("l2.txt"), dir.resolve("l1.txt"));
        Run loop = run("extract", dir.resolve("l1.txt").toString());
        assertEquals(ExitCode.FATAL, loop.code());
        assertTrue(loop.err().contains("symbolic link that leads nowhere or into a loop"), loop.err());
    }
}

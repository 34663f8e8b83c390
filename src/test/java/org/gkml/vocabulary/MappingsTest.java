package org.gkml.vocabulary;

import org.gkml.catalog.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading mappings: the override folder, and a bad file reported by name and line, before anything is read. */
class MappingsTest {

    /** file, its content (line 3 is the bad one), and a word the message must hold. */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("cell-signals.tsv", "basis\t3\t^《\nbasis\t2\t》\nbasis\t1\t[unclosed\n", "regular expression"),
                Arguments.of("cell-signals.tsv", "basis\t3\t^《\nbasis\t2\t》\nbasis\theavy\t法\n", "must be a number"),
                Arguments.of("cell-expectations.tsv", "# comment\ntime_limit\t4\nbasis\n", "needs 2 tab-separated columns"),
                Arguments.of("headers.tsv", "seq\t序号\n\nnonsense\t名称\n", "not a schema field"),
                Arguments.of("options.tsv", "AUDIENCE\t全社会\t全社会\nAUDIENCE\t社会公众\t全社会\nAUDIENCE\t特定群体\n", "needs 3"),
                Arguments.of("symbol-glyphs.tsv", "Wingdings\tF06C\t●\nWingdings\tF06D\t○\nWingdings\tXYZ\t■\n", "hexadecimal"),
                Arguments.of("page-furniture.tsv", "第\\d+页\n共\\d+页\n(第\\d+页\n", "regular expression"),
                Arguments.of("checkboxes.tsv", "√\tselected\n□\tunselected\n√\tmaybe\n", "selected, unselected"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadRowIsReportedWithItsFileAndLine(String name, String content, String says, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(name), content);
        MappingsException e = assertThrows(MappingsException.class, () -> Mappings.load(dir));
        assertEquals(dir.resolve(name).toString(), e.file());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(dir.resolve(name) + " line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("channels.tsv"), "政府网站\n政务微博\n政务微信\n".getBytes(Charset.forName("GBK")));
        MappingsException e = assertThrows(MappingsException.class, () -> Mappings.load(dir));
        assertEquals(dir.resolve("channels.tsv").toString(), e.file());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());

        byte[] third = "公示栏\n网站\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[third.length + 3];
        System.arraycopy(third, 0, bad, 0, third.length);
        bad[third.length] = (byte) 0xC3;   // a lead byte with nothing after it
        bad[third.length + 1] = (byte) 0x28;
        bad[third.length + 2] = '\n';
        Files.write(dir.resolve("channels.tsv"), bad);
        assertEquals(3, assertThrows(MappingsException.class, () -> Mappings.load(dir)).line());
    }

    @Test
    void aFolderThatDoesNotExistIsAnError(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        MappingsException e = assertThrows(MappingsException.class, () -> Mappings.load(missing));
        assertEquals(missing.toString(), e.file());
        assertEquals(0, e.line());
        assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
    }

    @Test
    void aMisspeltFileNameIsAnErrorNotIgnored(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("header.tsv"), "responsible\t经办窗口\n");
        Files.writeString(dir.resolve("README.md"), "notes on these overrides\n");
        MappingsException e = assertThrows(MappingsException.class, () -> Mappings.load(dir));
        assertEquals(dir.resolve("header.tsv").toString(), e.file());
        assertTrue(e.getMessage().contains("headers.tsv"), e.getMessage());
    }

    @Test
    void aFileGivenAsTheFolderIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("headers.tsv"), "seq\t序号\n");
        assertTrue(assertThrows(MappingsException.class, () -> Mappings.load(file)).getMessage().contains("not a folder"));
    }

    @Test
    void anOverrideReplacesItsFileOnlyAndTheRestStayBuiltIn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("options.tsv"), "AUDIENCE\t大众\t全社会\n");
        Mappings m = Mappings.load(dir);
        assertEquals(Optional.of(Field.AUDIENCE), m.options().fieldOf("大众"));
        assertEquals(Optional.empty(), m.options().fieldOf("社会公众"), "the built-in options.tsv is replaced, not merged");
        assertEquals(Optional.of(Field.AUDIENCE), Mappings.builtIn().options().fieldOf("社会公众"));
        assertTrue(m.headers().isKnown("序号"), "headers.tsv is still the built-in one");
        assertEquals(dir.resolve("options.tsv").toString(), m.file("options.tsv").origin());
        assertEquals(1, m.file("options.tsv").rows().get(0).line());
    }

    @Test
    void rowsKeepTheirLineNumbersPastCommentsAndBlanks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("channels.tsv"), "# channels\n\n政府网站\n  \n政务微博\n");
        MappingFile f = Mappings.load(dir).file("channels.tsv");
        assertEquals(3, f.rows().get(0).line());
        assertEquals(5, f.rows().get(1).line());
        assertEquals(java.util.List.of("政府网站", "政务微博"), f.lines());
    }

    @Test
    void theBuiltInMappingsAreReadOnce() {
        assertSame(Mappings.builtIn(), Mappings.builtIn());
        assertFalse(Mappings.builtIn().file("headers.tsv").rows().isEmpty());
    }
}

package org.gkml.extract;

import org.gkml.vocabulary.Mappings;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The committed renditions of a seed catalog (corpus/renditions: HTML made from the seed, converted by
 * LibreOffice to XLSX, DOCX and DOC) must come out as the same table: same cells, spans and text, and the
 * same text above the table.
 */
class RenditionTablesTest {

    private static final Path RENDITIONS = Path.of("corpus", "renditions");

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "000_81a0a872453b3846, html xlsx",
            "001_d1b07a4c651a3051, html xlsx",
            "002_10e874960aa90f81, html xlsx docx doc",
            "003_0c93a4fb907a582b, html xlsx docx doc",
            "004_43e84b5de54c8a3d, html xlsx docx doc",
    })
    void everyRenditionGivesTheSameTable(String seed, String formats) throws Exception {
        List<String> kinds = List.of(formats.split(" "));
        ExtractedDocument reference = read(seed, kinds.get(0));
        assertEquals(1, reference.tables().size());
        List<String> expected = signature(reference.tables().get(0));
        assertTrue(expected.size() > 50, "a real table: " + expected.size() + " cells");
        for (String kind : kinds.subList(1, kinds.size())) {
            ExtractedDocument d = read(seed, kind);
            assertEquals(kind, d.format());
            assertEquals(1, d.tables().size(), kind);
            assertEquals(expected, signature(d.tables().get(0)), kind + " vs " + kinds.get(0));
            assertEquals(lastPreambleLine(reference), lastPreambleLine(d), kind + " preamble");
        }
    }

    private static ExtractedDocument read(String seed, String kind) throws UnreadableFileException {
        Path f = RENDITIONS.resolve(seed + "." + kind);
        assertTrue(Files.isRegularFile(f), "missing rendition " + f);
        return new Extractors(Mappings.builtIn()).extract(f);
    }

    /** Non-blank cells and merged cells as "row,col rowSpan×colSpan text", sorted. */
    private static List<String> signature(Table t) {
        TreeSet<String> out = new TreeSet<>();
        for (Cell c : t.cells()) {
            if (c.isBlank() && c.rowSpan() == 1 && c.colSpan() == 1) continue;
            out.add(String.format("%03d,%03d %dx%d %s", c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text()));
        }
        return new ArrayList<>(out);
    }

    private static String lastPreambleLine(ExtractedDocument d) {
        return d.preamble().isEmpty() ? "" : d.preamble().get(d.preamble().size() - 1).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"002_10e874960aa90f81.gb18030.txt, GB18030", "003_0c93a4fb907a582b.utf16.txt, UTF-16LE"})
    void reEncodedTextRenditionsDecodeToTheSeedText(String rendition, String charset) throws Exception {
        TextDecoder.DecodedText d = TextDecoder.decode(Path.of(rendition), Files.readAllBytes(RENDITIONS.resolve(rendition)));
        String seed = Files.readString(Path.of("corpus", rendition.substring(0, rendition.indexOf('.')) + ".txt"));
        assertEquals(charset, d.charset().name());
        assertEquals(seed.replace("\uFEFF", ""), d.text().replace("\uFEFF", ""));
    }
}

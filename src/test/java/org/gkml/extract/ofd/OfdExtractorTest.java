package org.gkml.extract.ofd;

import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.gkml.extract.ofd.OfdFiles.page;
import static org.gkml.extract.ofd.OfdFiles.path;
import static org.gkml.extract.ofd.OfdFiles.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfdExtractorTest {

    private static final Path FILE = Path.of("目录.ofd");
    private static final OfdExtractor OFD = new OfdExtractor(Mappings.builtIn());

    /** A 3 × 2 grid: columns at x = 20, 60, 120, 200 mm, rows at y = 40, 50, 60 mm. */
    private static final String GRID = path(90, "20", "M 20 40 L 200 40 M 20 50 L 200 50 M 20 60 L 200 60")
            + path(91, "20", "M 20 40 L 20 60 M 60 40 L 60 60 M 120 40 L 120 60 M 200 40 L 200 60");

    private static String[][] cells(Table t) {
        String[][] out = new String[t.rowCount()][t.columnCount()];
        for (Cell c : t.cells()) out[c.row()][c.col()] = c.text();
        return out;
    }

    @Test
    void textObjectsInARuledGridBecomeTheTableAndTextAboveItThePreamble() throws Exception {
        String objects = text(1, 100, 20, 5, "某县医疗保障局政府信息公开目录")
                + GRID
                + text(2, 22, 42, 3.5, "序号") + text(3, 62, 42, 3.5, "公开事项") + text(4, 122, 42, 3.5, "公开时限")
                + text(5, 22, 52, 3.5, "1") + text(6, 62, 52, 3.5, "机构职能") + text(7, 122, 52, 3.5, "20个工作日");
        ExtractedDocument doc = OFD.extract(FILE, page(objects));
        assertEquals("ofd", doc.format());
        assertEquals(List.of("某县医疗保障局政府信息公开目录"), doc.preamble().stream().map(l -> l.text()).toList());
        assertEquals(1, doc.tables().size());
        String[][] cells = cells(doc.tables().get(0));
        assertEquals(List.of("序号", "公开事项", "公开时限"), List.of(cells[0]));
        assertEquals(List.of("1", "机构职能", "20个工作日"), List.of(cells[1]));
    }

    @Test
    void anOfdsLayoutWarningsCarryOfdCodesNotPdfOnes() throws Exception {
        // no lines drawn: the table is rebuilt from the text's alignment, with the assembly's warning
        StringBuilder objects = new StringBuilder(text(1, 100, 20, 5, "某县医疗保障局政府信息公开目录"));
        String[][] rows = {{"序号", "公开事项", "公开时限"}, {"1", "机构职能", "20个工作日"}, {"2", "领导信息", "20个工作日"}, {"3", "规划计划", "20个工作日"}};
        int id = 2;
        for (int r = 0; r < rows.length; r++) {
            double y = 42 + 10 * r;
            objects.append(text(id++, 22, y, 3.5, rows[r][0])).append(text(id++, 62, y, 3.5, rows[r][1])).append(text(id++, 122, y, 3.5, rows[r][2]));
        }
        ExtractedDocument doc = OFD.extract(FILE, page(objects.toString()));
        List<String> codes = doc.warnings().stream().map(w -> w.code().json()).toList();
        assertTrue(codes.contains("ofd-table-from-alignment"), codes.toString());
        assertTrue(codes.stream().noneMatch(c -> c.startsWith("pdf-")), "an OFD's warnings are no PDF's: " + codes);
        assertTrue(doc.warnings().get(codes.indexOf("ofd-table-from-alignment")).message().contains("the OFD draws no table lines"),
                doc.warnings().toString());
    }

    @Test
    void theBoundaryAndCtmPlaceTheTextAndPathsAreReadThroughTheirOwn() throws Exception {
        // the same grid drawn in a 10× smaller object space scaled back by its CTM, and the text of the second row
        // placed by a Boundary and a CTM that halves its coordinates
        String scaledGrid = "<ofd:PathObject ID=\"90\" Boundary=\"20 40 180 20\" CTM=\"10 0 0 10 0 0\" DrawParam=\"20\"><ofd:AbbreviatedData>"
                + "M 0 0 L 18 0 M 0 1 L 18 1 M 0 2 L 18 2 M 0 0 L 0 2 M 4 0 L 4 2 M 10 0 L 10 2 M 18 0 L 18 2</ofd:AbbreviatedData></ofd:PathObject>";
        String halved = "<ofd:TextObject ID=\"5\" Boundary=\"60 50 100 10\" CTM=\"0.5 0 0 0.5 0 0\" Font=\"10\" Size=\"7\">"
                + "<ofd:TextCode X=\"4\" Y=\"14\" DeltaX=\"g 3 7\">机构职能</ofd:TextCode></ofd:TextObject>";
        String objects = scaledGrid + text(2, 22, 42, 3.5, "序号") + text(3, 62, 42, 3.5, "公开事项") + text(4, 122, 42, 3.5, "公开时限")
                + text(6, 22, 52, 3.5, "1") + halved + text(7, 122, 52, 3.5, "20个工作日");
        String[][] cells = cells(OFD.extract(FILE, page(objects)).tables().get(0));
        assertEquals(List.of("1", "机构职能", "20个工作日"), List.of(cells[1]));
    }

    @Test
    void aWhiteLineDrawsNothingAndAThinFilledBarIsARuling() throws Exception {
        // a white stroke through the middle column must not split it; the rule between the rows is a 0.3 mm filled bar
        String objects = path(90, "20", "M 20 40 L 200 40 M 20 60 L 200 60")
                + "<ofd:PathObject ID=\"92\" Boundary=\"0 0 297 210\" Stroke=\"false\" Fill=\"true\"><ofd:FillColor Value=\"0 0 0\"/>"
                + "<ofd:AbbreviatedData>M 20 49.85 L 200 49.85 L 200 50.15 L 20 50.15 C</ofd:AbbreviatedData></ofd:PathObject>"
                + path(91, "20", "M 20 40 L 20 60 M 60 40 L 60 60 M 120 40 L 120 60 M 200 40 L 200 60")
                + path(93, "21", "M 90 40 L 90 60")
                + text(2, 22, 42, 3.5, "序号") + text(3, 62, 42, 3.5, "公开事项") + text(4, 122, 42, 3.5, "公开时限")
                + text(5, 22, 52, 3.5, "1") + text(6, 62, 52, 3.5, "机构职能") + text(7, 122, 52, 3.5, "20个工作日");
        Table t = OFD.extract(FILE, page(objects)).tables().get(0);
        assertEquals(3, t.columnCount());
        assertEquals(2, t.rowCount());
    }

    @Test
    void aSymbolFontsCheckboxReadsAsTheBoxItShows() throws Exception {
        // Wingdings U+F06E is a filled box (mappings/symbol-glyphs.tsv): the OFD names the font, the code decides
        String box = "<ofd:TextObject ID=\"8\" Boundary=\"122 52 10 5\" Font=\"11\" Size=\"3.5\"><ofd:TextCode X=\"0\" Y=\"3.5\">\uF06E</ofd:TextCode></ofd:TextObject>";
        String objects = GRID + text(2, 22, 42, 3.5, "序号") + text(3, 62, 42, 3.5, "公开事项") + text(4, 122, 42, 3.5, "全社会")
                + text(5, 22, 52, 3.5, "1") + text(6, 62, 52, 3.5, "机构职能") + box;
        String[][] cells = cells(OFD.extract(FILE, page(objects)).tables().get(0));
        assertEquals("■", cells[1][2]);
    }

    @Test
    void anOfdWithoutTextSaysWhyInOneLine() {
        String outline = "<ofd:PathObject ID=\"5\" Boundary=\"0 0 297 210\" Fill=\"true\" Stroke=\"false\"><ofd:FillColor Value=\"0 0 0\"/>"
                + "<ofd:AbbreviatedData>M 10 10 L 12 10 B 13 11 13 12 12 13 C</ofd:AbbreviatedData></ofd:PathObject>";
        assertTrue(reason(page(GRID + outline)).contains("drawn as outlines"), reason(page(GRID + outline)));
        String image = "<ofd:ImageObject ID=\"6\" Boundary=\"0 0 297 210\" CTM=\"297 0 0 210 0 0\" ResourceID=\"99\"/>";
        assertTrue(reason(page(image)).contains("only images"), reason(page(image)));
        assertTrue(reason(page("")).contains("no text"));
    }

    @Test
    void aDamagedOfdIsUnreadableWithAReason() {
        byte[] noDocument = OfdFiles.ofd("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> OFD.extract(FILE, noDocument));
        assertEquals("ofd", e.format());
        assertTrue(e.reason().startsWith("not a readable OFD"), e.reason());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anEntryOutsideThePackageIsRefusedAndNoUnpackedFolderIsLeftBehind() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<Long> folders = () -> {
            try (var s = java.nio.file.Files.list(tmp)) {
                return s.filter(p -> p.getFileName().toString().startsWith("gkml-ofd-")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        long before = folders.get();
        byte[] slip = OfdFiles.ofd("OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>", "../escaped.xml", "<x/>");
        assertTrue(reason(slip).contains("outside its own folder"), reason(slip));
        reason(OfdFiles.ofd("OFD.xml", "<ofd:OFD"));
        OFD.extract(FILE, page(GRID + text(2, 22, 42, 3.5, "序号") + text(5, 22, 52, 3.5, "1")));
        assertEquals(before, folders.get());
    }

    private static String reason(byte[] ofd) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> OFD.extract(FILE, ofd));
        return e.reason();
    }
}

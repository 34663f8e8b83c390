package org.gkml.mapping;

import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A field whose cell was read by OCR with low confidence is warned with its field, page and cell; a confident one is not. */
class OcrConfidenceTest {

    private static Cell cell(int row, int col, String text, double confidence) {
        return new Cell(row, col, text, Provenance.ofCell("scan.pdf", 2, "row " + (row + 1) + " col " + (col + 1)).withOcrConfidence(confidence));
    }

    @Test
    void lowConfidenceFieldsAreWarnedPerEntry() throws Exception {
        List<Cell> cells = new ArrayList<>(List.of(
                cell(0, 0, "序号", 95), cell(0, 1, "二级事项", 95), cell(0, 2, "公开时限", 93),
                cell(1, 0, "1", 90), cell(1, 1, "招生政策", 91), cell(1, 2, "20个工作日内", 41),
                cell(2, 0, "2", 88), cell(2, 1, "招生范围", 35), cell(2, 2, "20个工作日内", 92)));
        ExtractedDocument doc = new ExtractedDocument("scan.pdf", "pdf", List.of(), List.of(new Table(cells)), List.of(), List.of());
        MappedCatalog mapped = new CatalogMapper(Mappings.builtIn()).map(Path.of("scan.pdf"), doc);
        List<Warning> low = mapped.warnings().stream().filter(w -> w.code() == WarningCode.OCR_LOW_CONFIDENCE).toList();
        assertEquals(2, low.size(), low.toString());
        Warning first = low.get(0);
        assertTrue(first.message().startsWith("公开时限 (time_limit) on page 2, row 2 col 3, read by OCR with confidence 41"), first.message());
        assertEquals(41, first.where().ocrConfidence());
        assertTrue(low.get(1).message().startsWith("二级事项 (item) on page 2, row 3 col 2"), low.get(1).message());
    }

    @Test
    void cellsNotReadByOcrAreNeverWarned() throws Exception {
        List<Cell> cells = List.of(
                new Cell(0, 0, "序号", Provenance.ofCell("a.pdf", 1, "r1")), new Cell(0, 1, "二级事项", Provenance.ofCell("a.pdf", 1, "r1")),
                new Cell(1, 0, "1", Provenance.ofCell("a.pdf", 1, "r2")), new Cell(1, 1, "招生政策", Provenance.ofCell("a.pdf", 1, "r2")));
        ExtractedDocument doc = new ExtractedDocument("a.pdf", "pdf", List.of(), List.of(new Table(cells)), List.of(), List.of());
        MappedCatalog mapped = new CatalogMapper(Mappings.builtIn()).map(Path.of("a.pdf"), doc);
        assertTrue(mapped.warnings().stream().noneMatch(w -> w.code() == WarningCode.OCR_LOW_CONFIDENCE));
    }
}

package org.gkml.extract.pdf;

import org.gkml.extract.ocr.HeaderLabels;
import org.gkml.extract.ocr.OcrWord;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which scanned cells are snapped to a header label through confused characters: those of header rows only. */
class HeaderCellsTest {

    private static final HeaderLabels LABELS = new HeaderLabels(
            List.of("序号", "公开事项", "公开依据", "公开时限", "全社会", "主动", "主动公开", "乡、村级"),
            List.of(new String[]{"序", "厚"}, new String[]{"主", "二"}, new String[]{"、", HeaderLabels.NOTHING}));

    private static ScannedPage.Cell cell(int row, int col, String... lines) {
        List<List<OcrWord>> words = new ArrayList<>();
        for (String ignored : lines) words.add(List.of());
        return new ScannedPage.Cell(new RulingGrid.Box(col * 10, row * 10, col * 10 + 10, row * 10 + 10, row, col, 1, 1), words, List.of(lines));
    }

    @Test
    void aHeaderRowsCellsAreSnapped() {
        List<ScannedPage.Cell> cells = new ArrayList<>(List.of(
                cell(0, 0, "厚", "号"), cell(0, 1, "公开事项"), cell(0, 2, "公开依据"), cell(0, 3, "公开时限"),
                cell(1, 1, "二", "动"), cell(1, 2, "乡", "村", "级"), cell(1, 3, "全社会"), cell(1, 4, "主动公开"),
                // a body row of words: 全社会 and 主动公开 beside longer cells
                cell(2, 0, "厚"), cell(2, 1, "全社会"), cell(2, 2, "二动公开"), cell(2, 3, "《条例》"), cell(2, 4, "20个工作日内"),
                cell(2, 5, "政府网站")));
        List<ScannedPage.Correction> corrections = new ArrayList<>();
        ScannedPage.snapHeaderCells(cells, List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), LABELS, corrections);
        assertEquals(List.of("序", "号"), cells.get(0).texts());
        assertEquals(List.of("主", "动"), cells.get(4).texts());
        assertEquals(List.of("乡、", "村", "级"), cells.get(5).texts());
        assertEquals(List.of("二动公开"), cells.get(10).texts(), "a body row is left as read");
        assertEquals(List.of("厚"), cells.get(8).texts());
        assertEquals(3, corrections.size());
        assertEquals("厚号", corrections.get(0).raw());
        assertEquals("序号", corrections.get(0).corrected());
    }

    @Test
    void aRowWithOneLabelIsNoHeader() {
        List<ScannedPage.Cell> cells = new ArrayList<>(List.of(cell(0, 0, "厚号"), cell(0, 1, "公开事项"), cell(0, 2, "办事指南")));
        ScannedPage.snapHeaderCells(cells, List.of(0, 0, 0), LABELS, new ArrayList<>());
        assertEquals(List.of("厚号"), cells.get(0).texts());
    }
}

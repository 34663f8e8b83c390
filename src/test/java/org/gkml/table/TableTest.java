package org.gkml.table;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TableTest {

    @Test
    void gridCoversSpans() {
        Provenance p = Provenance.ofLine("t.txt", 1);
        Table t = new Table(List.of(new Cell(0, 0, 2, 1, "序号", p), new Cell(0, 1, 1, 2, "公开事项", p),
                new Cell(1, 1, "一级事项", p), new Cell(1, 2, "二级事项", p)));
        assertEquals(2, t.rowCount());
        assertEquals(3, t.columnCount());
        Cell[][] g = t.grid();
        assertSame(g[0][0], g[1][0]);
        assertSame(g[0][1], g[0][2]);
        assertEquals("二级事项", g[1][2].text());
        assertEquals(List.of("一级事项", "二级事项"), t.rowCells(1).stream().map(Cell::text).toList());
    }

    @Test
    void ideographicSpaceIsBlank() {
        assertTrue(new Cell(0, 0, "\u3000", null).isBlank());
        assertFalse(new Cell(0, 0, "√", null).isBlank());
    }

    @Test
    void rejectsBadSpan() {
        assertThrows(IllegalArgumentException.class, () -> new Cell(0, 0, 0, 1, "", null));
    }
}

package org.gkml.mapping;

import org.gkml.table.Cell;
import org.gkml.table.Table;
import org.gkml.table.TextLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table of keys and values, not of rows: the information box a government portal prints above a published
 * document (索引号：| … | 发布机构：| 某县公安局 | 生成日期：| …; 公开方式：| 主动公开). Its keys end with a colon, which
 * no column label of a catalog does, so it never heads a catalog; its pairs are document facts.
 */
final class KeyValueBox {

    /** A key: a short text ending with a colon (full or half width), spaces allowed inside (文　　号：). */
    private static final Pattern KEY = Pattern.compile("^[^：:]{1,12}[：:]$");
    private static final int MIN_KEYS = 2;
    private static final Pattern SPACES = Pattern.compile("[\\s\u3000]+");

    private KeyValueBox() {
    }

    static boolean isKey(String text) {
        return text != null && KEY.matcher(text.strip()).matches();
    }

    /** Two keys or more, and keys at least a third of the table's non-blank cells. */
    static boolean is(Table table) {
        int keys = 0;
        int cells = 0;
        for (Cell c : cells(table)) {
            if (c.isBlank()) continue;
            cells++;
            if (isKey(c.text())) keys++;
        }
        return keys >= MIN_KEYS && keys * 3 >= cells;
    }

    /** Each key with the value in the cell after it, as one line (发布机构：某县公安局); a key without a value alone. */
    static List<TextLine> lines(Table table) {
        List<TextLine> out = new ArrayList<>();
        List<Cell> cells = cells(table);
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isBlank()) continue;
            String text = c.text().strip();
            if (isKey(text)) {
                text = SPACES.matcher(text).replaceAll("");   // 文　　号： spaced out to the width of the other keys
                if (i + 1 < cells.size() && !isKey(cells.get(i + 1).text()) && !cells.get(i + 1).isBlank()) {
                    text = text + cells.get(++i).text().strip();
                }
            }
            out.add(new TextLine(text, c.source()));
        }
        return out;
    }

    /** The table's cells in reading order, each merged cell once (in the row it starts in). */
    private static List<Cell> cells(Table table) {
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) out.addAll(table.rowCells(r));
        return out;
    }
}

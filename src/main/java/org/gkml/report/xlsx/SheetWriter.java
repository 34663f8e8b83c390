package org.gkml.report.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.util.List;

/**
 * One sheet written row by row: a bold header row that stays in view, an autofilter over the columns, widths
 * set per column (auto-sizing would hold every row in memory) and long text wrapped. A sheet that reaches
 * Excel's row limit goes on in a sheet of the same name numbered (2), (3) …
 */
final class SheetWriter {

    /**
     * @param width in characters of Latin width; a Chinese character takes two
     * @param wrap  whether long text wraps in the cell (the row grows) rather than running over
     */
    record Column(String title, int width, boolean wrap) {
        static Column of(String title, int width) {
            return new Column(title, width, false);
        }

        static Column wrapped(String title, int width) {
            return new Column(title, width, true);
        }
    }

    /** Excel's longest cell text. */
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final SXSSFWorkbook wb;
    private final Styles styles;
    private final String name;
    private final List<Column> columns;
    private final int maxRows;
    private SXSSFSheet sheet;
    private int part = 1;
    private int next;
    private long rows;

    SheetWriter(SXSSFWorkbook wb, Styles styles, String name, List<Column> columns) {
        this(wb, styles, name, columns, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** @param maxRows rows per sheet, header included (tests make it small to see a sheet go on) */
    SheetWriter(SXSSFWorkbook wb, Styles styles, String name, List<Column> columns, int maxRows) {
        this.wb = wb;
        this.styles = styles;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
        open(name);
    }

    private void open(String sheetName) {
        sheet = wb.createSheet(sheetName);
        Row h = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
        }
        sheet.createFreezePane(0, 1);
        next = 1;
    }

    /** Appends a row: each value a String, a Number or null (an empty cell). */
    void row(Object... values) {
        styledRow(null, values);
    }

    /** Appends a row; a non-null style per column overrides the column's own. */
    void styledRow(CellStyle[] overrides, Object... values) {
        if (next >= maxRows) {
            finishPart();
            part++;
            open(name + " (" + part + ")");
        }
        Row r = sheet.createRow(next++);
        for (int c = 0; c < values.length && c < columns.size(); c++) {
            Object v = values[c];
            CellStyle style = overrides != null && c < overrides.length && overrides[c] != null ? overrides[c] : null;
            if (v == null && style == null) continue;
            Cell cell = r.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(style != null ? style : styles.number);
            } else {
                if (v != null) {
                    String s = v.toString();
                    cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
                }
                cell.setCellStyle(style != null ? style : columns.get(c).wrap() ? styles.wrapped : styles.text);
            }
        }
        rows++;
    }

    /** Rows written so far, over all parts. */
    long rows() {
        return rows;
    }

    private void finishPart() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns.size() - 1));
    }

    void finish() {
        finishPart();
    }
}

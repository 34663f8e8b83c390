package org.gkml.extract.office;

import org.gkml.extract.ReadCancellation;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.extract.ExtractionLimits;
import org.gkml.extract.FileFormat;
import org.gkml.extract.OfficeFailures;
import org.gkml.extract.TableExtractor;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * XLS and XLSX: each visible sheet is one table. Cell text is what Excel shows (DataFormatter, cached
 * formula results, computed where a program wrote the workbook without them: {@link UnsavedFormulas}); merged
 * regions become spans. Rows above the table holding a single value (the title merged across the sheet) are the
 * preamble; rows below it holding a single value in the first column or
 * merged across at least half the table (a note) are the trailer. Hidden and empty rows at the end are ignored;
 * values in hidden columns are skipped with a warning.
 */
public final class WorkbookExtractor implements TableExtractor {

    private final FileFormat format;

    public WorkbookExtractor(FileFormat format) {
        if (format != FileFormat.XLS && format != FileFormat.XLSX) throw new IllegalArgumentException("not a workbook format: " + format);
        this.format = format;
    }

    @Override
    public String format() {
        return format.id();
    }

    @Override
    public ExtractedDocument extract(Path file, byte[] content) throws UnreadableFileException {
        ExtractionLimits.applyToPoi();
        try (Workbook wb = format == FileFormat.XLS ? new HSSFWorkbook(new ByteArrayInputStream(content))
                : new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return read(file, wb);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.fromPoi(file, format(), e);
        }
    }

    /** An XLS file whose OLE2 container is already open (by format detection): the same as from its bytes. */
    public ExtractedDocument extract(Path file, DirectoryNode root) throws UnreadableFileException {
        if (format != FileFormat.XLS) throw new IllegalStateException("an OLE2 container holds XLS, not " + format);
        ExtractionLimits.applyToPoi();
        try (Workbook wb = new HSSFWorkbook(root, true)) {
            return read(file, wb);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.fromPoi(file, format(), e);
        }
    }

    private ExtractedDocument read(Path file, Workbook wb) throws UnreadableFileException {
        String name = file.getFileName().toString();
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        UnsavedFormulas formulas = new UnsavedFormulas(wb);
        List<TextLine> preamble = new ArrayList<>();
        List<TextLine> trailer = new ArrayList<>();
        List<Table> tables = new ArrayList<>();
        List<String> sheetNames = new ArrayList<>();   // the sheet each table came from
        List<Warning> warnings = new ArrayList<>();
        long cellCount = 0;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            ReadCancellation.check();
            Sheet sheet = wb.getSheetAt(i);
            if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
                warnings.add(new Warning(WarningCode.HIDDEN_SHEET, "hidden sheet \"" + sheet.getSheetName() + "\" skipped", Provenance.ofCell(name, i + 1, null)));
                continue;
            }
            SheetGrid grid = SheetGrid.read(sheet, formatter, formulas);
            if (!grid.hiddenColumns.isEmpty()) {
                warnings.add(new Warning(WarningCode.HIDDEN_COLUMN, "sheet \"" + sheet.getSheetName() + "\": hidden column(s) "
                        + grid.hiddenColumnNames() + " skipped (Excel neither shows nor prints them)", Provenance.ofCell(name, i + 1, null)));
            }
            cellCount += grid.values.size();
            if (cellCount > ExtractionLimits.MAX_CELLS) {
                throw new UnreadableFileException(file, format(), "the workbook has more than " + ExtractionLimits.MAX_CELLS
                        + " filled cells, far beyond a catalog; refused");
            }
            if (grid.lastRow > ExtractionLimits.MAX_ROWS || grid.lastCol > ExtractionLimits.MAX_COLUMNS) {
                throw new UnreadableFileException(file, format(), "sheet \"" + sheet.getSheetName() + "\" uses cells up to "
                        + new CellReference(grid.lastRow, grid.lastCol).formatAsString() + ", beyond the " + ExtractionLimits.MAX_ROWS
                        + " rows × " + ExtractionLimits.MAX_COLUMNS + " columns a catalog can have; refused");
            }
            formulas.warning(sheet.getSheetName(), Provenance.ofCell(name, i + 1, null)).ifPresent(warnings::add);
            grid.toTable(name, i + 1, preamble, trailer).ifPresent(t -> {
                tables.add(t);
                sheetNames.add(sheet.getSheetName());
            });
        }
        if (tables.isEmpty()) throw new UnreadableFileException(file, format(), "the workbook has no filled cells in any visible sheet");
        if (tables.size() > 1) {
            // one sheet per group (社会救助 | 义务教育 …): each sheet's name heads its rows
            for (int i = 0; i < tables.size(); i++) {
                String section = SheetSection.of(sheetNames.get(i));
                if (section != null) tables.set(i, tables.get(i).withHeading(section));
            }
        }
        return new ExtractedDocument(name, format(), preamble, tables, trailer, warnings);
    }

    /** The filled cells of one sheet with its merged regions, trimmed of hidden or empty rows at the end. */
    private static final class SheetGrid {
        final TreeMap<Integer, TreeMap<Integer, String>> values = new TreeMap<>();
        final Map<Long, CellRangeAddress> mergeAt = new HashMap<>();
        /** Hidden columns that held values, each with the first value seen in it, for the warning. */
        final Map<Integer, String> hiddenColumns = new java.util.LinkedHashMap<>();
        int lastRow = -1;
        int lastCol = -1;

        static SheetGrid read(Sheet sheet, DataFormatter formatter, UnsavedFormulas formulas) {
            SheetGrid g = new SheetGrid();
            for (CellRangeAddress r : sheet.getMergedRegions()) g.mergeAt.put(key(r.getFirstRow(), r.getFirstColumn()), r);
            Map<Integer, Boolean> hidden = new HashMap<>();
            TreeMap<Integer, TreeMap<Integer, String>> hiddenValues = new TreeMap<>();
            for (Row row : sheet) {
                ReadCancellation.check();
                hidden.put(row.getRowNum(), row.getZeroHeight());
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    String text = formulas.text(c, formatter).replace("\r\n", "\n").replace('\r', '\n').strip();
                    if (text.replace('\u3000', ' ').isBlank()) continue;
                    if (g.isHidden(sheet, c.getRowIndex(), c.getColumnIndex())) {
                        hiddenValues.computeIfAbsent(c.getRowIndex(), k -> new TreeMap<>()).put(c.getColumnIndex(), text);
                        continue;
                    }
                    g.values.computeIfAbsent(c.getRowIndex(), k -> new TreeMap<>()).put(c.getColumnIndex(), text);
                }
            }
            g.dropHiddenColumns(hiddenValues);
            // Trailing rows that are hidden carry nothing the reader saw.
            while (!g.values.isEmpty() && hidden.getOrDefault(g.values.lastKey(), false)) g.values.remove(g.values.lastKey());
            for (var e : g.values.entrySet()) {
                g.lastRow = Math.max(g.lastRow, e.getKey());
                g.lastCol = Math.max(g.lastCol, e.getValue().lastKey());
            }
            return g;
        }

        /**
         * Values in hidden columns are dropped where their row has visible values (a helper column of codes); a row
         * whose only values are hidden (a title typed in a column later hidden) keeps them, as a line is not a column.
         */
        private void dropHiddenColumns(TreeMap<Integer, TreeMap<Integer, String>> hiddenValues) {
            for (var row : hiddenValues.entrySet()) {
                if (!values.containsKey(row.getKey())) {
                    values.put(row.getKey(), row.getValue());
                    continue;
                }
                for (var e : row.getValue().entrySet()) hiddenColumns.putIfAbsent(e.getKey(), e.getValue());
            }
        }

        /** "A (内部编号), C (…)": each hidden column that held values, by its letter and its first value. */
        String hiddenColumnNames() {
            List<String> names = new ArrayList<>();
            hiddenColumns.forEach((col, text) -> names.add(CellReference.convertNumToColString(col) + " ("
                    + (text.length() > 12 ? text.substring(0, 12) + "…" : text) + ")"));
            return String.join(", ", names);
        }

        /**
         * A value in a hidden column is not seen, unless it starts a merged region reaching a visible column (a
         * title merged across the sheet from a hidden column A shows in the visible part).
         */
        private boolean isHidden(Sheet sheet, int row, int col) {
            if (!sheet.isColumnHidden(col)) return false;
            CellRangeAddress m = mergeAt.get(key(row, col));
            if (m == null) return true;
            for (int c = m.getFirstColumn(); c <= m.getLastColumn(); c++) if (!sheet.isColumnHidden(c)) return false;
            return true;
        }

        private static long key(int row, int col) {
            return ((long) row << 20) | col;
        }

        java.util.Optional<Table> toTable(String file, int sheet, List<TextLine> preamble, List<TextLine> trailer) {
            if (values.isEmpty()) return java.util.Optional.empty();
            int firstCol = values.values().stream().mapToInt(TreeMap::firstKey).min().orElse(0);
            int width = lastCol - firstCol + 1;
            List<Integer> rows = new ArrayList<>(values.keySet());
            int top = 0;
            // A title row: one value alone above a table of several columns.
            while (top < rows.size() - 1 && width >= 3 && values.get(rows.get(top)).size() == 1) {
                preamble.add(line(file, sheet, rows.get(top)));
                top++;
            }
            int bottom = rows.size() - 1;
            while (bottom > top + 1 && values.get(rows.get(bottom)).size() == 1 && looksLikeNote(rows.get(bottom), firstCol, width)) {
                bottom--;
            }
            for (int i = bottom + 1; i < rows.size(); i++) trailer.add(line(file, sheet, rows.get(i)));
            int firstRow = rows.get(top);
            int lastTableRow = rows.get(bottom);
            List<Cell> cells = new ArrayList<>();
            // Merged regions with an empty first cell (a blank header over two columns) still shape the table.
            for (CellRangeAddress m : mergeAt.values()) {
                int r = m.getFirstRow(), c = m.getFirstColumn();
                if (r < firstRow || r > lastTableRow || c < firstCol || c > lastCol || values.get(r) != null && values.get(r).containsKey(c)) continue;
                cells.add(new Cell(r - firstRow, c - firstCol, Math.min(m.getLastRow(), lastTableRow) - r + 1,
                        Math.min(m.getLastColumn(), lastCol) - c + 1, "", Provenance.ofCell(file, sheet, new CellReference(r, c).formatAsString())));
            }
            for (int r : rows.subList(top, bottom + 1)) {
                for (var e : values.get(r).entrySet()) {
                    int c = e.getKey();
                    CellRangeAddress m = mergeAt.get(key(r, c));
                    int rowSpan = 1, colSpan = 1;
                    if (m != null) {
                        rowSpan = Math.min(m.getLastRow(), lastTableRow) - r + 1;
                        colSpan = Math.min(m.getLastColumn(), lastCol) - c + 1;
                    }
                    String ref = new CellReference(r, c).formatAsString();
                    cells.add(new Cell(r - firstRow, c - firstCol, rowSpan, colSpan, e.getValue(), Provenance.ofCell(file, sheet, ref)));
                }
            }
            return java.util.Optional.of(new Table(cells));
        }

        /**
         * A lone value under the table is a note when it starts in the table's first column (where a note is
         * typed, while a data row's stray line sits in its own column) or is merged across half the table.
         */
        private boolean looksLikeNote(int row, int firstCol, int width) {
            int col = values.get(row).firstKey();
            CellRangeAddress m = mergeAt.get(key(row, col));
            return col == firstCol || m != null && (m.getLastColumn() - m.getFirstColumn() + 1) * 2 >= width;
        }

        private TextLine line(String file, int sheet, int row) {
            var e = values.get(row).firstEntry();
            return new TextLine(e.getValue(), Provenance.ofCell(file, sheet, new CellReference(row, e.getKey()).formatAsString()));
        }
    }
}

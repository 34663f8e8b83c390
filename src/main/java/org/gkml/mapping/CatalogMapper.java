package org.gkml.mapping;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.Field;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The mapping stage's entry point: finds the catalog table(s) of a document, reads their headers and turns
 * their rows into {@link MappedRow}s. A table with no header of its own that has the same width as the table
 * before it continues that table.
 */
public final class CatalogMapper {

    private final Mappings mappings;

    public CatalogMapper(Mappings mappings) {
        this.mappings = mappings;
    }

    public MappedCatalog map(Path file, ExtractedDocument doc) throws UnreadableFileException {
        List<Warning> warnings = new ArrayList<>(doc.warnings());
        List<TextLine> preamble = new ArrayList<>(doc.preamble());
        List<MappedRow> rows = new ArrayList<>();
        List<TextLine> notes = new ArrayList<>();
        List<ColumnRole> columns = null;
        HeaderReader reader = new HeaderReader(mappings.headers());
        HeaderReader.Header last = null;
        int lastWidth = -1;
        String lastSection = null;
        boolean lastHadNoRows = false;
        // each table's header is read once: first to know the most fields a header names (the catalog's, where other
        // tables name few), then to map the tables in order
        List<List<Warning>> headerWarnings = new ArrayList<>();
        List<Optional<HeaderReader.Header>> headers = new ArrayList<>();
        int widestHeader = 0;
        for (Table table : doc.tables()) {
            List<Warning> local = new ArrayList<>();
            Optional<HeaderReader.Header> found = reader.find(table, local);
            headers.add(found);
            headerWarnings.add(local);
            widestHeader = Math.max(widestHeader, found.map(CatalogMapper::namedFields).orElse(0));
        }
        for (int t = 0; t < doc.tables().size(); t++) {
            Table table = doc.tables().get(t);
            List<Warning> local = headerWarnings.get(t);
            Optional<HeaderReader.Header> found = headers.get(t);
            if (found.isPresent() && isSideTable(found.get(), widestHeader)) {
                // a legend (公开方式 | 说明) or a summary (一级事项 | 二级事项数量) beside the catalog: its text, not its rows
                (columns == null ? preamble : notes).addAll(cellLines(table));
                continue;
            }
            HeaderReader.Header header;
            boolean continues = false;
            if (lastHadNoRows && table.columnCount() == lastWidth) {
                // the header printed as a table of its own (an old CMS's fixed header): these are its rows, even
                // where a row of theirs happens to hold two words that read as labels
                header = new HeaderReader.Header(0, 0, last.roles());
            } else if (found.isPresent()) {
                header = found.get();
                continues = columns != null && table.heading() == null && RepeatedHeaderTable.repeats(header, last);
                if (columns == null) {
                    String section = numberedSectionAbove(table, header.firstRow());
                    if (section == null && table.heading() == null) section = numberedSectionEnding(preamble);
                    titleRows(table, header.firstRow() - (section == null ? 0 : 1), preamble);
                    if (section != null && table.heading() == null) table = table.withHeading(section);
                    warnings.addAll(local);
                }
            } else if (last != null && table.columnCount() == lastWidth) {
                header = new HeaderReader.Header(0, 0, last.roles());
                // a table continued after a page break stays under the section its first part was in
                if (table.heading() == null && lastSection != null) table = table.withHeading(lastSection);
            } else {
                // a portal's information box above the catalog (索引号：… 发布机构：…) holds document facts
                if (columns == null && KeyValueBox.is(table)) preamble.addAll(KeyValueBox.lines(table));
                // a one-row table that heads nothing is a line of text set in cells (填报单位：… | 填报日期：…)
                else if (table.rowCount() == 1) (columns == null ? preamble : notes).addAll(cellLines(table));
                continue;
            }
            if (columns == null) columns = header.roles();
            RowAssembler assembler = new RowAssembler(table, header, warnings, mappings.checkMarks(), mappings.mergedColumns());
            List<MappedRow> tableRows = assembler.rows();
            if (continues && !rows.isEmpty()) tableRows = RepeatedHeaderTable.carry(tableRows, rows.get(rows.size() - 1));
            lastHadNoRows = tableRows.isEmpty() && header.rowCount() > 0;
            rows.addAll(tableRows);
            notes.addAll(assembler.notes());
            lastSection = assembler.lastSection();
            last = header;
            lastWidth = table.columnCount();
        }
        if (columns == null) {
            throw new UnreadableFileException(file, doc.format(), "no catalog table found: no table has a header with columns such as 序号, 公开内容, 公开时限");
        }
        if (rows.isEmpty()) throw new UnreadableFileException(file, doc.format(), "the catalog table has a header but no rows");
        rows = DittoCells.resolve(rows, warnings);
        Set<Field> textFields = EnumSet.noneOf(Field.class);
        Set<Field> tickFields = EnumSet.noneOf(Field.class);
        for (ColumnRole c : columns) {
            if (c.field() == null) continue;
            (c.isTick() ? tickFields : textFields).add(c.field());
        }
        for (MappedRow row : rows) textFields.addAll(row.text().keySet()); // 一级事项 / 领域 given by section rows
        return new MappedCatalog(doc.source(), doc.format(), columns, textFields, tickFields, rows, preamble, trailer(notes, doc.trailer()), warnings);
    }

    /** A catalog's header names at least this many fields besides 序号 and 备注; a legend or a summary names fewer. */
    private static final int CATALOG_FIELDS = 3;

    private static boolean isSideTable(HeaderReader.Header header, int widestHeader) {
        return namedFields(header) < CATALOG_FIELDS && widestHeader > CATALOG_FIELDS;
    }

    private static int namedFields(HeaderReader.Header header) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (ColumnRole c : header.roles()) if (c.field() != null) fields.add(c.field());
        fields.remove(Field.SEQ);
        fields.remove(Field.REMARKS);
        return fields.size();
    }

    /** Note rows at the foot of a table come before the text under it. */
    private static List<TextLine> trailer(List<TextLine> notes, List<TextLine> below) {
        List<TextLine> out = new ArrayList<>(notes);
        out.addAll(below);
        return out;
    }

    /** A table's non-blank cells as lines, row by row. */
    private static List<TextLine> cellLines(Table table) {
        List<TextLine> out = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            for (Cell c : table.rowCells(r)) if (!c.isBlank()) out.add(new TextLine(c.text().strip(), c.source()));
        }
        return out;
    }

    /** Rows above the header inside the table (a title merged across the sheet) are preamble text. */
    /** （一）, 一、: the numbering of a section heading, as the later sections of the same sheet are numbered. */
    private static final java.util.regex.Pattern SECTION_NUMBER =
            java.util.regex.Pattern.compile("^[\\s\u3000]*([（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)");

    /**
     * The numbered heading in the row right above the first header ("（一）重大建设项目领域基层政务公开标准目录" of a
     * 汇编 opened as one sheet, the later sections being rows inside the grid): the first section's heading, not
     * part of the title. Null when that row holds anything else.
     */
    private static String numberedSectionAbove(Table table, int headerRow) {
        if (headerRow < 1) return null;
        Cell only = null;
        for (Cell c : table.grid()[headerRow - 1]) {
            if (c == null || c.isBlank()) continue;
            if (only != null && c != only) return null;
            only = c;
        }
        return only != null && only.row() == headerRow - 1 && SECTION_NUMBER.matcher(only.text()).find() ? only.text().strip() : null;
    }

    /**
     * The same heading where the extractor left it as the last text line before the table (a sheet's text rows above
     * its grid): taken out of the preamble. Only a heading naming a catalog (…目录) is taken, never a numbered fact
     * line (（四）监督渠道：…).
     */
    private static String numberedSectionEnding(List<TextLine> preamble) {
        if (preamble.isEmpty()) return null;
        String last = preamble.get(preamble.size() - 1).text().strip();
        if (!SECTION_NUMBER.matcher(last).find() || !last.contains("目录") || last.contains("：") || last.contains(":")) return null;
        preamble.remove(preamble.size() - 1);
        return last;
    }

    private static void titleRows(Table table, int headerRow, List<TextLine> preamble) {
        Cell[][] grid = table.grid();
        for (int r = 0; r < headerRow; r++) {
            Cell previous = null;
            for (Cell c : grid[r]) {
                if (c != null && c != previous && c.row() == r && !c.isBlank()) preamble.add(new TextLine(c.text().strip(), c.source()));
                previous = c;
            }
        }
    }
}

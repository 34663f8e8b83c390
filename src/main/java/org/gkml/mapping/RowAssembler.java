package org.gkml.mapping;

import org.gkml.extract.ReadCancellation;
import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.vocabulary.HeaderLexicon;
import org.gkml.vocabulary.MergedColumns;
import org.gkml.vocabulary.CheckMarks;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a table's body rows into one {@link MappedRow} per 二级事项 (item):
 * <ul>
 * <li>rows that share one merged item cell are one item, their other cells joined with a line break, unless a
 *     row has a 序号 (or a 三级事项) of its own;</li>
 * <li>where the source shows merges as empty cells, an empty cell of a column where merges are common
 *     (mappings/schema.tsv) takes the value above it while the row stays in the same 一级事项 group (its
 *     category cell is empty too); 领域 carries on across groups; a row with no tick in a tick group takes
 *     the ticks above likewise;</li>
 * <li>a row that repeats the header (a table continued on a new page) is skipped;</li>
 * <li>a row of notes (备注：…, 填表人：…) is no item: its text goes with the text under the table.</li>
 * </ul>
 */
final class RowAssembler {

    private final Table table;
    private final Cell[][] grid;
    private final HeaderReader.Header header;
    private final List<Warning> warnings;
    private final ColumnRole itemColumn;
    private final ColumnRole seqColumn;
    private final ColumnRole categoryColumn;
    private final Set<Field> tickFields;
    private final List<TextLine> notes = new ArrayList<>();
    private final CheckMarks checkMarks;
    private final MergedColumns mergedColumns;
    /** Two Chinese characters: words, where a tick column expected a mark. */
    private static final Pattern WORDS = Pattern.compile("\\p{IsHan}{2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern WHITE = Pattern.compile("[\\s\u3000]+");
    /** A note's opening: a key of up to 12 characters, at least one Chinese, then a colon (备注：, 填表人:). */
    private static final Pattern NOTE = Pattern.compile("[^\\s：:，,。；;]{0,11}\\p{IsHan}[^\\s：:，,。；;]{0,11}[\\s\u3000]*[：:]");

    RowAssembler(Table table, HeaderReader.Header header, List<Warning> warnings, CheckMarks checkMarks, MergedColumns mergedColumns) {
        this.checkMarks = checkMarks;
        this.mergedColumns = mergedColumns;
        this.table = table;
        this.grid = table.grid();
        this.header = header;
        this.warnings = warnings;
        this.itemColumn = textColumn(Field.ITEM);
        this.seqColumn = textColumn(Field.SEQ);
        this.categoryColumn = textColumn(Field.CATEGORY);
        this.tickFields = tickFields(header);
        this.seqNumbersGroups = seqNumbersGroups();
    }

    /** Some 序号 cell of the body is merged over several rows: the catalog numbers its groups, not its items. */
    private final boolean seqNumbersGroups;

    private boolean seqNumbersGroups() {
        for (int r = header.bodyStart(); seqColumn != null && r < grid.length; r++) {
            Cell c = grid[r][seqColumn.col()];
            if (c != null && c.row() == r && c.rowSpan() > 1 && !c.isBlank()) return true;
        }
        return false;
    }

    /** The section heading the table's last rows stood under (its own or one inside it), or null. */
    private String lastSection;

    String lastSection() {
        return lastSection;
    }

    List<MappedRow> rows() {
        List<Builder> entries = new ArrayList<>();
        // A heading printed above the table (一、机构信息) heads its rows until one inside the table takes over.
        String section = table.heading();
        boolean sectionStarts = section != null;
        for (int r = header.bodyStart(); r < grid.length; r++) {
            ReadCancellation.check();
            if (isBlankRow(r) || repeatsHeader(r)) continue;
            if (isNoteRow(r)) {
                for (Cell c : distinctCells(r)) notes.add(new TextLine(c.text().strip(), c.source()));
                continue;
            }
            String heading = sectionHeading(r);
            if (heading != null) {
                section = heading;
                sectionStarts = true;
                continue;
            }
            Builder previous = entries.isEmpty() ? null : entries.get(entries.size() - 1);
            if (previous != null && continuesPrevious(r) && !sectionStarts) {
                previous.addContinuation(r);
            } else {
                Builder b = new Builder(r);
                // The first row under a heading starts a new group: nothing is merged into it from above.
                if (sectionStarts) b.underSection(section);
                if (!table.mergesExplicit() && previous != null) b.fillDownFrom(previous);
                if (table.mergesExplicit() && previous != null && section == null && b.staysInGroupOf(previous)) blankGroupCell(r);
                if (section != null) b.underSection(section);
                entries.add(b);
                sectionStarts = false;
            }
        }
        lastSection = section;
        return entries.stream().map(Builder::build).toList();
    }

    /**
     * A page that shows its merges can still leave a 一级事项 cell blank for "as above" (a CMS that writes
     * blank cells, a pasted table that lost its rowspans): no item of a two-level catalog is outside a group,
     * so the row stays in the group above. Said once per table.
     */
    private boolean blankGroupCellsWarned;

    private void blankGroupCell(int r) {
        if (blankGroupCellsWarned) return;
        blankGroupCellsWarned = true;
        Cell c = grid[r][categoryColumn.col()];
        warnings.add(new Warning(WarningCode.BLANK_GROUP_CELL, "empty 一级事项 cells are read as the group above them",
                c == null ? null : c.source()));
    }

    /** Note rows met in the table (备注：…, 填表人：…), in order: facts about the catalog, not items. */
    List<TextLine> notes() {
        return List.copyOf(notes);
    }

    /**
     * A row of notes inside the table, under its items (备注：本目录…, 填表人：张三 | 联系电话：…): every cell of
     * its own, none merged from above, each opening with a short key and a colon. An item row always has a
     * cell that is no "key：value" (its 序号, its item).
     */
    private boolean isNoteRow(int r) {
        List<Cell> cells = distinctCells(r);
        if (cells.isEmpty()) return false;
        for (Cell c : grid[r]) if (c != null && c.row() < r) return false;
        for (Cell c : cells) if (!NOTE.matcher(c.text().strip()).lookingAt()) return false;
        return true;
    }

    private List<Cell> distinctCells(int r) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : grid[r]) if (c != null && !c.isBlank() && !out.contains(c)) out.add(c);
        return out;
    }

    /**
     * Below this OCR confidence (Tesseract's 0–100, the least of the cell's words) a field is warned: on the scanned
     * renditions, words read right scored 85–97 and misreadings mostly under 60.
     */
    static final int LOW_OCR_CONFIDENCE = 60;
    /** A section heading spans at least this many columns: a cell over two is a merged pair of cells. */
    private static final int HEADING_MIN_COLUMNS = 3;
    /** … and at least this many fifths of the row's width: most of the table, not a group label over some columns. */
    private static final int HEADING_MIN_FIFTHS = 3;
    /** A row repeats the header when at least this many of its cells are the header's labels (one could be a value). */
    private static final int REPEATED_HEADER_CELLS = 2;

    /**
     * A row that is one cell across most of the table ("一、机构信息") heads the rows below it rather than being
     * an item: its text, or null for an ordinary row.
     */
    private String sectionHeading(int r) {
        Cell only = null;
        for (Cell c : grid[r]) {
            if (c == null || c.isBlank()) continue;
            if (only != null && c != only) return null;
            only = c;
        }
        int width = grid[r].length;
        boolean wide = only != null && only.row() == r && only.colSpan() >= HEADING_MIN_COLUMNS && only.colSpan() * 5 >= width * HEADING_MIN_FIFTHS;
        // A text export cannot span: there a heading is a row of one cell where data rows have one per column.
        boolean lone = only != null && !table.mergesExplicit() && rowCellCount(r) == 1 && !DIGITS.matcher(only.text().strip()).matches();
        return wide || lone ? only.text().strip() : null;
    }

    private boolean continuesPrevious(int r) {
        if (table.mergesExplicit()) {
            // A row with a 序号 of its own is an item of its own, whatever is merged beside it.
            if (itemColumn == null || startsIn(r, seqColumn)) return false;
            if (startsFinerLevel(r)) return false;
            Cell item = grid[r][itemColumn.col()];
            return item != null && item.row() < r && !item.isBlank();
        }
        // A text export cannot show merges: a row naming no 序号, item or category adds to the row above.
        return blank(r, seqColumn) && blank(r, itemColumn) && blank(r, categoryColumn);
    }

    /** Whether row r opens a cell of its own in a level finer than 二级事项 (三级事项). */
    private boolean startsFinerLevel(int r) {
        for (ColumnRole role : header.roles()) if (ItemLevels.isFinerLevel(role) && startsIn(r, role)) return true;
        return false;
    }

    private boolean startsIn(int r, ColumnRole role) {
        if (role == null) return false;
        Cell c = grid[r][role.col()];
        return c != null && c.row() == r && !c.isBlank();
    }

    private boolean blank(int r, ColumnRole role) {
        if (role == null) return true;
        Cell c = grid[r][role.col()];
        return c == null || c.isBlank();
    }

    private int rowCellCount(int r) {
        int n = 0;
        for (Cell c : grid[r]) if (c != null) n++;
        return n;
    }

    private boolean isBlankRow(int r) {
        for (Cell c : grid[r]) if (c != null && c.row() == r && !c.isBlank()) return false;
        return true;
    }

    private boolean repeatsHeader(int r) {
        int same = 0;
        for (ColumnRole role : header.roles()) {
            Cell c = grid[r][role.col()];
            if (c == null || c.isBlank()) continue;
            // the leaf label, or a group label above it: the top row of a two-row header printed again
            // (公开事项 over 一级 / 二级) repeats it as much as its bottom row does
            if (!printedLabels(role.col()).contains(HeaderLexicon.key(c.text()))) return false;
            same++;
        }
        return same >= REPEATED_HEADER_CELLS;
    }

    /** The header labels printed over a column, as printed (三级, where the column's role names it 三级事项). */
    private Set<String> printedLabels(int col) {
        Set<String> labels = new HashSet<>();
        for (int r = header.firstRow(); r < header.bodyStart(); r++) {
            Cell c = grid[r][col];
            if (c != null && !c.isBlank()) labels.add(HeaderLexicon.key(c.text()));
        }
        return labels;
    }

    private ColumnRole textColumn(Field f) {
        for (ColumnRole role : header.roles()) if (f == role.field() && !role.isTick()) return role;
        return null;
    }

    /** Collects one item's values while its rows are read. */
    private final class Builder {
        final int firstRow;
        final Map<Field, String> text = new EnumMap<>(Field.class);
        final Map<Field, List<String>> ticks = new EnumMap<>(Field.class);
        final Map<String, String> extra = new LinkedHashMap<>();
        final Map<Integer, Cell> lastCell = new LinkedHashMap<>();
        final Set<Cell> lowConfidenceCells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Builder(int r) {
            firstRow = r;
            ColumnRole previous = null;
            for (ColumnRole role : header.roles()) {
                Cell c = grid[r][role.col()];
                lastCell.put(role.col(), c);
                boolean readLeft = continuesLeft(r, previous, role);
                previous = role;
                if (c == null || c.isBlank() || readLeft) continue;
                put(role, c.text());
                checkOcrConfidence(role, c);
            }
        }

        /**
         * A field read by OCR with low confidence gets a warning naming the field, the page and the cell, once
         * per entry and cell, so that a person checks it against the scan.
         */
        private void checkOcrConfidence(ColumnRole role, Cell c) {
            Integer confidence = c.source() == null ? null : c.source().ocrConfidence();
            if (confidence == null || confidence >= LOW_OCR_CONFIDENCE || !lowConfidenceCells.add(c)) return;
            String field = role.label() + (role.field() == null ? "" : " (" + role.field().key() + ")");
            String text = c.text().strip().replace('\n', ' ');
            warnings.add(new Warning(WarningCode.OCR_LOW_CONFIDENCE, field + " on page " + c.source().page() + ", " + c.source().cellRef()
                    + ", read by OCR with confidence " + confidence + ": \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text)
                    + "\"; check it against the scan", c.source()));
        }

        /** One cell across two columns of one text field (the role's and the one left of it) is read once, from the left. */
        private boolean continuesLeft(int r, ColumnRole left, ColumnRole role) {
            return left != null && grid[r][role.col()] == grid[r][left.col()]
                    && left.field() != null && left.field() == role.field() && !left.isTick() && !role.isTick();
        }

        void put(ColumnRole role, String value) {
            if (role.isTick()) {
                if (checkMarks.isTicked(value)) ticks.computeIfAbsent(role.field(), k -> new ArrayList<>()).add(role.option());
                // a channel sub-column is open-ended: words in it where a tick was expected are kept, not dropped
                else if (role.field() == Field.CHANNELS && WORDS.matcher(value).find()) extra.merge(role.label(), value, (a, b) -> a + "\n" + b);
            } else if (role.isExtra()) {
                if (!role.label().isEmpty()) extra.merge(role.label(), value, (a, b) -> a + "\n" + b);
            } else {
                text.merge(role.field(), value, (a, b) -> a + "\n" + b);
            }
        }

        void addContinuation(int r) {
            ColumnRole previous = null;
            for (ColumnRole role : header.roles()) {
                Cell c = grid[r][role.col()];
                boolean readLeft = continuesLeft(r, previous, role);
                previous = role;
                if (c == null || c.isBlank() || c == lastCell.get(role.col()) || readLeft) continue;
                lastCell.put(role.col(), c);
                if (role.isTick() && ticks.getOrDefault(role.field(), List.of()).contains(role.option())) continue;
                put(role, c.text());
                checkOcrConfidence(role, c);
            }
        }

        void fillDownFrom(Builder above) {
            // 领域 sits above the 一级事项 groups, so it carries on across them.
            if (!text.containsKey(Field.DOMAIN) && above.text.containsKey(Field.DOMAIN)) text.put(Field.DOMAIN, above.text.get(Field.DOMAIN));
            boolean newGroup = categoryColumn != null && text.containsKey(Field.CATEGORY);
            if (newGroup) return; // a new 一级事项 group: its empty cells are empty, not merged from the group above
            for (ColumnRole role : header.roles()) {
                if (role.isTick() || role.isExtra() || !mergedColumns.fillsDown(role.field())) continue;
                text.computeIfAbsent(role.field(), f -> above.text.get(f));
            }
            for (Field f : tickFields) {
                if (!ticks.containsKey(f) && above.ticks.containsKey(f)) ticks.put(f, above.ticks.get(f));
            }
        }

        /**
         * Takes the 一级事项 (and 领域) of the row above when this item row has none; whether it did. A row of a finer
         * level (三级事项) with neither takes the row above's 二级事项 too: its merged cells were cut blank by a page
         * break (a Word table printed to PDF draws them again, empty, on the next page).
         */
        boolean staysInGroupOf(Builder above) {
            if (categoryColumn == null || itemColumn == null || text.containsKey(Field.CATEGORY)
                    || !above.text.containsKey(Field.CATEGORY)) return false;
            if (!text.containsKey(Field.ITEM)) {
                if (!startsFinerLevel(firstRow) || !above.text.containsKey(Field.ITEM)) return false;
                text.put(Field.ITEM, above.text.get(Field.ITEM));
            }
            text.put(Field.CATEGORY, above.text.get(Field.CATEGORY));
            if (!text.containsKey(Field.DOMAIN) && above.text.containsKey(Field.DOMAIN)) text.put(Field.DOMAIN, above.text.get(Field.DOMAIN));
            // where the catalog merges its 序号 over a group, a blank 序号 in the group is the group's number (a
            // browser leaves a merged cell that the page break cuts blank on the next page)
            if (!text.containsKey(Field.SEQ) && above.text.containsKey(Field.SEQ) && seqNumbersGroups) text.put(Field.SEQ, above.text.get(Field.SEQ));
            return true;
        }

        /**
         * A row under a section heading: the heading is its 一级事项 when it has none, else its 领域, unless it only
         * restates the row's 一级事项 (一、公租房保障 above rows whose 一级事项 is 公租房保障).
         */
        void underSection(String heading) {
            if (categoryColumn == null || !text.containsKey(Field.CATEGORY)) text.putIfAbsent(Field.CATEGORY, heading);
            else if (!restates(heading, text.get(Field.CATEGORY))) text.putIfAbsent(Field.DOMAIN, heading);
        }

        private static boolean restates(String heading, String category) {
            String c = category == null ? "" : WHITE.matcher(category).replaceAll("");
            return !c.isEmpty() && WHITE.matcher(heading).replaceAll("").endsWith(c);
        }

        MappedRow build() {
            text.values().removeIf(v -> v == null);
            Cell first = null;
            for (Cell c : grid[firstRow]) if (c != null) { first = c; break; }
            return new MappedRow(text, ticks, extra, first == null ? null : first.source());
        }
    }

    private static Set<Field> tickFields(HeaderReader.Header header) {
        Set<Field> out = java.util.EnumSet.noneOf(Field.class);
        for (ColumnRole role : header.roles()) if (role.isTick()) out.add(role.field());
        return out;
    }
}

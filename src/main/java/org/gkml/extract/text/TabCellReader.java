package org.gkml.extract.text;

import org.gkml.extract.FileFormat;
import org.gkml.extract.ReadCancellation;
import org.gkml.catalog.Simplified;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.vocabulary.HeaderLexicon;
import org.gkml.table.HeaderSpans;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a Word table exported to text: a cell starts with a tab at the start of a line and runs until the
 * next such line; a vertically merged cell shows as an empty cell. Rows are not marked, so they are found
 * from the header's column count and the 序号 numbers that start data rows after a blank line.
 */
final class TabCellReader {

    private static final String FORMAT = FileFormat.TextLayout.TAB_CELLS.id();

    private static final Pattern TAB_LINE = Pattern.compile("^[ \\u3000]*\\t");
    private static final Pattern SEQ = Pattern.compile("\\d{1,4}");
    /** A paragraph after the table starts like this (备注：…, 注：…, 说明：…, 填表人…). */
    private static final Pattern TRAILER_START = Pattern.compile("^\\s*(备注|注[:：]|说明[:：]|填表|附件)");
    /** A file is a tab-cell export with at least this many tab-led lines: a few could be indented paragraphs. */
    private static final int MIN_TAB_LINES = 8;
    /** … one in this many of its lines at least (the rest are the cells' further lines and the text around). */
    private static final int LINES_PER_TAB_LINE = 4;
    /** A header's first label is confirmed by known labels among this many tab cells after it. */
    private static final int HEADER_LOOKAHEAD = 6;
    /** … at least this many of them: one could be a known word in a cell of the preamble. */
    private static final int HEADER_MIN_KNOWN = 2;

    /** A cell as the export shows it: its text, the line it starts on, and the blank lines just before it. */
    private record RawCell(StringBuilder text, int line, int blanksBefore) {
        String value() {
            return text.toString().strip();
        }

        boolean isSeq() {
            return SEQ.matcher(value()).matches();
        }
    }

    private final HeaderLexicon lexicon;
    private final Path file;
    private final String name;
    private final Function<String, String> groupOf;
    private final List<Warning> warnings = new ArrayList<>();

    TabCellReader(HeaderLexicon lexicon, Path file, Function<String, String> groupOf) {
        this.lexicon = lexicon;
        this.file = file;
        this.name = file.getFileName().toString();
        this.groupOf = groupOf;
    }

    static boolean looksLikeTabCells(List<String> lines) {
        long tabbed = lines.stream().filter(l -> TAB_LINE.matcher(l).find()).count();
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        return tabbed >= MIN_TAB_LINES && tabbed * LINES_PER_TAB_LINE >= nonBlank;
    }

    ExtractedDocument read(List<String> lines) throws UnreadableFileException {
        int start = tableStart(lines);
        if (start < 0) throw new UnreadableFileException(file, FORMAT, "no catalog table found (no header row with 序号, 公开内容 … columns)");
        List<TextLine> preamble = new ArrayList<>();
        for (int i = 0; i < start; i++) {
            String t = lines.get(i).strip();
            if (!t.isEmpty()) preamble.add(new TextLine(t, Provenance.ofLine(name, i + 1)));
        }
        List<TextLine> trailer = new ArrayList<>();
        List<RawCell> cells = cells(lines, start, trailer);
        Table table = table(cells);
        return new ExtractedDocument(name, FORMAT, preamble, List.of(table), trailer, warnings);
    }

    /** The line of the first header cell: a tab cell with a known label, with more known labels right after. */
    private int tableStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!TAB_LINE.matcher(l).find() || !lexicon.isKnown(l.strip())) continue;
            int known = 0;
            int seen = 0;
            for (int j = i + 1; j < lines.size() && seen < HEADER_LOOKAHEAD; j++) {
                if (!TAB_LINE.matcher(lines.get(j)).find()) continue;
                seen++;
                if (lexicon.isKnown(lines.get(j).strip())) known++;
            }
            if (known >= HEADER_MIN_KNOWN) return i;
        }
        return -1;
    }

    private List<RawCell> cells(List<String> lines, int start, List<TextLine> trailer) {
        List<RawCell> cells = new ArrayList<>();
        RawCell current = null;
        int blanks = 0;
        boolean inBody = false;
        for (int i = start; i < lines.size(); i++) {
            ReadCancellation.check();
            String line = lines.get(i);
            if (line.isBlank() && !TAB_LINE.matcher(line).find()) {
                blanks++;
                continue;
            }
            if (TAB_LINE.matcher(line).find()) {
                current = new RawCell(new StringBuilder(line.substring(line.indexOf('\t') + 1)), i + 1, blanks);
                cells.add(current);
                inBody |= blanks > 0 && current.isSeq();
            } else if (inBody && blanks > 0 && TRAILER_START.matcher(Simplified.fold(line)).find()) {
                for (int j = i; j < lines.size(); j++) {
                    String t = lines.get(j).strip();
                    if (!t.isEmpty()) trailer.add(new TextLine(t, Provenance.ofLine(name, j + 1)));
                }
                break;
            } else if (current != null) {
                current.text().append('\n').append(line);
            }
            blanks = 0;
        }
        return cells;
    }

    private Table table(List<RawCell> cells) throws UnreadableFileException {
        // Header rows: split at blank lines, up to the first 序号 that follows a blank line.
        List<List<RawCell>> header = new ArrayList<>();
        int i = 0;
        List<RawCell> row = new ArrayList<>();
        for (; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c.blanksBefore() > 0 && !row.isEmpty()) {
                header.add(row);
                row = new ArrayList<>();
                if (c.isSeq()) break;
            }
            row.add(c);
        }
        if (i >= cells.size()) throw new UnreadableFileException(file, FORMAT, "the table has a header but no numbered rows");
        int width = header.stream().mapToInt(List::size).max().orElse(0);
        List<Cell> out = new ArrayList<>(headerCells(header, width));
        int r = header.size();
        row = new ArrayList<>();
        for (; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            // A lone cell that is no 序号 before a numbered row is a section heading ("一、机构信息"): a row of its own.
            boolean afterHeading = row.size() == 1 && !row.get(0).isSeq();
            boolean nextRow = row.size() >= width || (c.blanksBefore() > 0 && c.isSeq() && (row.size() >= 2 || afterHeading));
            if (nextRow) {
                addRow(out, r++, row, width);
                row = new ArrayList<>();
            }
            row.add(c);
        }
        if (!row.isEmpty()) addRow(out, r, row, width);
        return new Table(out, false);
    }

    private void addRow(List<Cell> out, int r, List<RawCell> row, int width) {
        if (row.size() != width && row.size() > 1) {
            warnings.add(new Warning(WarningCode.ROW_WIDTH, "row has " + row.size() + " cells where the header has " + width
                    + "; cells were placed from the left", Provenance.ofLine(name, row.get(0).line())));
        }
        for (int c = 0; c < row.size(); c++) out.add(cell(r, c, row.get(c)));
    }

    private List<Cell> headerCells(List<List<RawCell>> header, int width) {
        List<List<HeaderSpans.Label>> labels = new ArrayList<>();
        for (List<RawCell> h : header) {
            List<HeaderSpans.Label> ls = new ArrayList<>();
            for (RawCell c : h) ls.add(new HeaderSpans.Label(c.value(), Provenance.ofLine(name, c.line())));
            labels.add(ls);
        }
        boolean bottomIsLeaves = header.get(header.size() - 1).size() == width;
        List<Cell> placed = bottomIsLeaves ? HeaderSpans.place(labels, groupOf) : null;
        if (placed != null) return placed;
        warnings.add(new Warning(WarningCode.HEADER_SPANS, "could not tell which header cells are merged; header cells placed from the left",
                Provenance.ofLine(name, header.get(0).get(0).line())));
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < header.get(r).size(); c++) out.add(cell(r, c, header.get(r).get(c)));
        }
        return out;
    }

    private Cell cell(int r, int c, RawCell raw) {
        return new Cell(r, c, raw.value(), Provenance.ofLine(name, raw.line()));
    }
}

package org.gkml.extract.text;

import org.gkml.extract.FileFormat;
import org.gkml.extract.ReadCancellation;
import org.gkml.table.Cell;
import org.gkml.table.ExtractedDocument;
import org.gkml.vocabulary.HeaderLexicon;
import org.gkml.table.Provenance;
import org.gkml.table.Table;
import org.gkml.table.TextLine;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a table saved as delimited text — a spreadsheet's "text (tab delimited)" or CSV, a CMS's or an open-data
 * portal's plain export: one row per line, one delimiter between cells, so two in a row are an empty cell in
 * between, never one gap. A cell with line breaks or the delimiter in it comes quoted ({@code "…"}), over several
 * lines, as spreadsheets write it. Lines before the header are the preamble (title); lines after the last row that
 * do not split into cells are the trailer.
 */
final class DelimitedTextReader {

    /** The cell separators a catalog export uses, with the format each reports. */
    enum Delimiter {
        TAB('\t', FileFormat.TextLayout.TAB_SEPARATED),
        /** CSV: Chinese text writes its commas full-width (，), so an ASCII comma outside quotes separates cells. */
        COMMA(',', FileFormat.TextLayout.COMMA_SEPARATED);

        final char ch;
        final FileFormat.TextLayout layout;

        Delimiter(char ch, FileFormat.TextLayout layout) {
            this.ch = ch;
            this.layout = layout;
        }

        /**
         * A line outside the rows as text. A spreadsheet pads every CSV line to the table's width (a title row is
         * {@code 标题,,,,,}), so its empty cells are dropped; a tab-separated line keeps its tabs as white space.
         */
        String lineText(String line) {
            if (Character.isWhitespace(ch)) return line.strip();
            return String.join("\t", split(line, ch).stream().filter(c -> !c.isBlank()).toList());
        }
    }

    /** A header line has at least this many cells that are known labels. */
    private static final int MIN_HEADER_LABELS = 3;

    private final Path file;
    private final String name;
    private final Delimiter kind;
    private final List<Warning> warnings = new ArrayList<>();

    DelimitedTextReader(Path file, Delimiter delimiter) {
        this.file = file;
        this.name = file.getFileName().toString();
        this.kind = delimiter;
    }

    /** The index of the header line, or -1: a line split by the delimiter into cells of which several are known labels. */
    static int headerLine(HeaderLexicon lexicon, List<String> lines, Delimiter delimiter) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.indexOf(delimiter.ch) < 0) continue;
            int known = 0;
            for (String f : split(l, delimiter.ch)) if (!f.isBlank() && lexicon.isLabel(f.strip())) known++;
            // a Word tab-cell export has one label per line: never several on one line
            if (known >= MIN_HEADER_LABELS) return i;
        }
        return -1;
    }

    ExtractedDocument read(List<String> lines, int header) {
        List<TextLine> preamble = new ArrayList<>();
        for (int i = 0; i < header; i++) {
            String t = kind.lineText(lines.get(i));
            if (!t.isEmpty()) preamble.add(new TextLine(t, Provenance.ofLine(name, i + 1)));
        }
        List<Cell> cells = new ArrayList<>();
        List<TextLine> trailer = new ArrayList<>();
        int width = split(lines.get(header), kind.ch).size();
        int r = 0;
        for (int i = header; i < lines.size(); i++) {
            ReadCancellation.check();
            String line = lines.get(i);
            if (line.isBlank()) continue;
            if (line.indexOf(kind.ch) < 0) {
                // the rows are over: the rest (注：…, 填表人…) is the trailer
                for (int j = i; j < lines.size(); j++) {
                    String t = kind.lineText(lines.get(j));
                    if (!t.isEmpty()) trailer.add(new TextLine(t, Provenance.ofLine(name, j + 1)));
                }
                break;
            }
            int first = i;
            // a quoted cell left open runs on over the next lines
            StringBuilder record = new StringBuilder(line);
            while (openQuote(record, kind.ch) && i + 1 < lines.size()) record.append('\n').append(lines.get(++i));
            List<String> fields = split(record.toString(), kind.ch);
            if (fields.size() != width) {
                warnings.add(new Warning(WarningCode.ROW_WIDTH, "row has " + fields.size() + " cells where the header has " + width
                        + "; cells were placed from the left", Provenance.ofLine(name, first + 1)));
            }
            for (int c = 0; c < fields.size(); c++) cells.add(new Cell(r, c, fields.get(c), Provenance.ofLine(name, first + 1)));
            r++;
        }
        return new ExtractedDocument(name, kind.layout.id(), preamble, List.of(new Table(cells, false)), trailer, warnings);
    }

    private static boolean openQuote(CharSequence record, char delimiter) {
        boolean open = false;
        boolean cellStart = true;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (ch == '"' && (open || cellStart)) open = !open;
            cellStart = ch == delimiter;
        }
        return open;
    }

    /** The record's cells: split on every delimiter outside quotes, quotes taken off, "" read as ". */
    static List<String> split(String record, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < record.length(); i++) {
            char ch = record.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == delimiter) {
                out.add(cur.toString().strip());
                cur.setLength(0);
                cellStart = true;
                continue;
            } else if (ch == '"' && cellStart) {
                quoted = true;
            } else {
                cur.append(ch);
            }
            cellStart = false;
        }
        out.add(cur.toString().strip());
        return out;
    }
}

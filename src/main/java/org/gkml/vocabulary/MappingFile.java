package org.gkml.vocabulary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One mapping file's rows: tab-separated, '#' starts a comment line, blank lines skipped. Each row keeps its
 * line number so that a value that does not parse is reported where it was written.
 *
 * @param name   the file's name under mappings/ (headers.tsv)
 * @param origin how messages name it: the path of an override file, or mappings/NAME for a built-in one
 */
public record MappingFile(String name, String origin, List<Row> rows) {

    public MappingFile {
        rows = List.copyOf(rows);
    }

    /** A non-blank, non-comment line: where it stands, its text (trailing space removed) and its tab-separated cells. */
    public record Row(String origin, int line, String text, List<String> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public int size() {
            return cells.size();
        }

        public String get(int i) {
            return cells.get(i);
        }

        public String[] toArray() {
            return cells.toArray(String[]::new);
        }

        /** A cell parsed as a number; a value that is none is this row's fault. */
        public double number(int i) {
            try {
                return Double.parseDouble(get(i).strip());
            } catch (NumberFormatException e) {
                throw fault("column " + (i + 1) + " must be a number, not \"" + get(i) + "\"", e);
            }
        }

        /** A cell parsed as a hexadecimal code (F06C). */
        public int hex(int i) {
            try {
                return Integer.parseInt(get(i).strip(), 16);
            } catch (NumberFormatException e) {
                throw fault("column " + (i + 1) + " must be a hexadecimal code, not \"" + get(i) + "\"", e);
            }
        }

        public Pattern regex(int i) {
            try {
                return Pattern.compile(get(i).strip());
            } catch (PatternSyntaxException e) {
                throw fault("column " + (i + 1) + " is not a valid regular expression: " + e.getDescription(), e);
            }
        }

        /** A cell read by a parser of the caller's (Field.ofKey, an enum's valueOf); its failure is this row's. */
        public <T> T parse(int i, Function<String, T> parser, String what) {
            try {
                return parser.apply(get(i));
            } catch (RuntimeException e) {
                throw fault("column " + (i + 1) + " \"" + get(i) + "\" is not " + what, e);
            }
        }

        public MappingsException fault(String problem) {
            return fault(problem, null);
        }

        public MappingsException fault(String problem, Throwable cause) {
            return new MappingsException(origin, line, problem, cause);
        }
    }

    /** The lines of one file's text, comments and blanks dropped, each split on tabs (trailing empty cells dropped). */
    static MappingFile parse(String name, String origin, String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            String kept = line.stripTrailing();
            String[] parts = kept.split("\t", -1);
            int n = parts.length;
            while (n > 1 && parts[n - 1].isEmpty()) n--;
            rows.add(new Row(origin, i + 1, kept, Arrays.asList(Arrays.copyOf(parts, n))));
        }
        return new MappingFile(name, origin, rows);
    }

    /** The rows as arrays of cells, for parsers that want no line numbers. */
    public List<String[]> cellRows() {
        return rows.stream().map(Row::toArray).toList();
    }

    /** The rows' whole text, stripped (the one-column word lists). */
    public List<String> lines() {
        return rows.stream().map(r -> r.text().strip()).toList();
    }
}

package org.gkml.table;

/**
 * Where a piece of text came from, so that a warning or an entry can point back into the source.
 *
 * @param file    the source file name (not the full path: provenance travels into reports)
 * @param page    1-based page or sheet number, 0 where the format has none
 * @param line    1-based line number in a text source, 0 where the format has none
 * @param cellRef a format-specific cell reference ("B7", "table 1 row 3 col 2"), or null
 */
public record Provenance(String file, int page, int line, String cellRef) implements java.io.Serializable {

    public static Provenance ofLine(String file, int line) {
        return new Provenance(file, 0, line, null);
    }

    public static Provenance ofCell(String file, int page, String cellRef) {
        return new Provenance(file, page, 0, cellRef);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file == null ? "?" : file);
        if (page > 0) s.append(" page ").append(page);
        if (line > 0) s.append(" line ").append(line);
        if (cellRef != null) s.append(' ').append(cellRef);
        return s.toString();
    }
}

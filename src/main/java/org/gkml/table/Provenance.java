package org.gkml.table;

/**
 * Where a piece of text came from, so that a warning or an entry can point back into the source.
 *
 * @param file          the source file name (not the full path: provenance travels into reports)
 * @param page          1-based page or sheet number, 0 where the format has none
 * @param line          1-based line number in a text source, 0 where the format has none
 * @param cellRef       a format-specific cell reference ("B7", "table 1 row 3 col 2"), or null
 * @param ocrConfidence for text read from a picture by OCR, the OCR's least confidence in it (0 to 100); else null
 */
public record Provenance(String file, int page, int line, String cellRef, Integer ocrConfidence) implements java.io.Serializable {

    public Provenance(String file, int page, int line, String cellRef) {
        this(file, page, line, cellRef, null);
    }

    public static Provenance ofLine(String file, int line) {
        return new Provenance(file, 0, line, null);
    }

    public static Provenance ofCell(String file, int page, String cellRef) {
        return new Provenance(file, page, 0, cellRef);
    }

    /** This provenance with the OCR's confidence in the text (0 to 100); NaN (not read by OCR) leaves it as is. */
    public Provenance withOcrConfidence(double confidence) {
        if (Double.isNaN(confidence)) return this;
        return new Provenance(file, page, line, cellRef, (int) Math.round(Math.max(0, Math.min(100, confidence))));
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

package org.gkml.extract;

/**
 * The file formats gkml reads, as detected from content. {@link #id()} is the name used in messages and, with
 * the {@link TextLayout} a text file turned out to have, the {@code format} of the extract output.
 */
public enum FileFormat {
    TEXT("text"),
    HTML("html"),
    PDF("pdf"),
    OFD("ofd"),
    DOC("doc"),
    DOCX("docx"),
    XLS("xls"),
    XLSX("xlsx"),
    /** A picture of pages (PNG, JPEG, TIFF): a scan, read by OCR. */
    IMAGE("image");

    private final String id;

    FileFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static FileFormat ofId(String id) {
        for (FileFormat f : values()) if (f.id.equals(id)) return f;
        throw new IllegalArgumentException("unknown format id: " + id);
    }

    /** How a text file's table was laid out; the format a text document reports. */
    public enum TextLayout {
        /** One row per line, cells between tabs, one header line. */
        TAB_SEPARATED("tab-separated"),
        /** One row per line, cells between commas, quoted where they hold a comma or a line break (CSV). */
        COMMA_SEPARATED("comma-separated"),
        /** Tab-separated cells that wrap over several lines (a spreadsheet pasted as text). */
        TAB_CELLS("tab-cells"),
        /** The text of a PDF table, one cell fragment after another (pdftotext and the like). */
        PDF_FLOW("pdf-flow");

        private final String id;

        TextLayout(String name) {
            this.id = TEXT.id() + "/" + name;
        }

        public String id() {
            return id;
        }
    }
}

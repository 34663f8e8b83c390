package org.gkml.extract;

/** The file formats gkml reads, as detected from content. {@link #id()} is the name used in messages. */
public enum FileFormat {
    TEXT("text"),
    HTML("html"),
    PDF("pdf"),
    DOC("doc"),
    DOCX("docx"),
    XLS("xls"),
    XLSX("xlsx");

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
}

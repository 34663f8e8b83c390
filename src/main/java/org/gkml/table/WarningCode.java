package org.gkml.table;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of {@link Warning}, with the stable kebab-case code a script filters on (it is what the JSON
 * carries, so a code never changes once published).
 */
public enum WarningCode {
    // reading the bytes
    /** Raised when more than one encoding decodes the bytes and character frequency chose one. */
    ENCODING_GUESSED("encoding-guessed"),
    /** Raised when byte sequences invalid in the chosen encoding were replaced by U+FFFD. */
    UNDECODABLE_BYTES("undecodable-bytes"),
    /** Raised when NUL bytes in a text file were dropped. */
    NUL_BYTES_REMOVED("nul-bytes-removed"),
    /** Raised when an HTML page declares a charset its bytes are not in. */
    CHARSET_MISMATCH("charset-mismatch"),
    /** Raised when a Word file uses symbol-font characters that symbol-glyphs.tsv does not map. */
    UNKNOWN_SYMBOL("unknown-symbol"),
    /** Raised when a workbook sheet is hidden and therefore skipped. */
    HIDDEN_SHEET("hidden-sheet"),
    /** Raised when a sheet's hidden columns hold values: Excel neither shows nor prints them, so they are skipped. */
    HIDDEN_COLUMN("hidden-column"),
    /**
     * Raised when formula cells carry no saved result (a workbook written by a program, not saved by Excel): their
     * results were computed on reading, as Excel does on opening; a formula that cannot be computed is left empty.
     */
    FORMULA_COMPUTED("formula-computed"),

    // PDF
    /** Raised when a PDF has no end-of-file marker and only what could be read is kept. */
    PDF_TRUNCATED("pdf-truncated"),
    /** Raised when one PDF page fails to parse; the other pages are still read. */
    PDF_PAGE_UNREADABLE("pdf-page-unreadable"),
    /** Raised when a PDF page shows more glyphs than the per-page limit; the rest are not read. */
    PDF_PAGE_TOO_MUCH_TEXT("pdf-page-too-much-text"),
    /** Raised when a PDF page draws a watermark over its content (text slanted or see-through); it is not read. */
    PDF_WATERMARK("pdf-watermark"),
    /** Raised when a PDF page has no text layer (a scan) and its content is not read. */
    PDF_NEEDS_OCR("pdf-needs-ocr"),
    /** Raised for each page read from its picture by OCR (a scan, an image file), saying how it was read. */
    OCR_PAGE("ocr-page"),
    /** Raised when an OCR reading was one character off a known word (label, option, channel) and taken as that word. */
    OCR_CORRECTED("ocr-corrected"),
    /** Raised for an entry's field read by OCR with low confidence, naming the field, page and cell. */
    OCR_LOW_CONFIDENCE("ocr-low-confidence"),
    /** Raised when a PDF page draws too many lines to be a ruled table and is read as text. */
    PDF_TOO_MANY_LINES("pdf-too-many-lines"),
    /** Raised when text stands between two ruled tables and is not kept. */
    PDF_TEXT_BETWEEN_TABLES("pdf-text-between-tables"),
    /** Raised when a PDF draws no table lines and the table is rebuilt from text alignment. */
    PDF_TABLE_FROM_ALIGNMENT("pdf-table-from-alignment"),
    /** Raised when a sheet wider than the paper prints its columns on runs of pages, read side by side. */
    PDF_COLUMNS_ACROSS_PAGES("pdf-columns-across-pages"),

    // OFD: the same page assembly as PDF, its own codes (a script filtering pdf-* means PDF files)
    /** Raised when one OFD page fails to parse; the other pages are still read. */
    OFD_PAGE_UNREADABLE("ofd-page-unreadable"),
    /** Raised when an OFD page draws too many lines to be a ruled table and is read as text. */
    OFD_TOO_MANY_LINES("ofd-too-many-lines"),
    /** Raised when text stands between two ruled tables of an OFD and is not kept. */
    OFD_TEXT_BETWEEN_TABLES("ofd-text-between-tables"),
    /** Raised when an OFD draws no table lines and the table is rebuilt from text alignment. */
    OFD_TABLE_FROM_ALIGNMENT("ofd-table-from-alignment"),
    /** The OFD form of {@link #PDF_COLUMNS_ACROSS_PAGES}. */
    OFD_COLUMNS_ACROSS_PAGES("ofd-columns-across-pages"),

    // plain-text layouts
    /** Raised when a row has a different number of cells than the header; cells are placed from the left. */
    ROW_WIDTH("row-width"),
    /** Raised when the merged cells of a tab-separated header cannot be told; cells are placed from the left. */
    HEADER_SPANS("header-spans"),
    /** Raised when a time limit printed out of reading order in a flow PDF text was put back in order. */
    REORDERED_TIME_LIMIT("reordered-time-limit"),
    /** Raised when the flow text does not show which sub-column a √ stands in and the position was guessed. */
    TICK_POSITION_GUESSED("tick-position-guessed"),
    /**
     * Raised when a flow-text row has fewer √ than tick sub-columns and not one per tick group: which columns they
     * stand in cannot be told, so the row's tick fields are left empty rather than guessed.
     */
    TICK_POSITION_UNKNOWN("tick-position-unknown"),
    /** Raised when repeated page headers, titles or page numbers were left out of a flow text. */
    PAGE_FURNITURE("page-furniture"),
    /** Raised when text between the header and the first row of a flow text was not understood. */
    UNREAD_HEADER_TEXT("unread-header-text"),

    // header mapping
    /** Raised when a second column maps to a schema field already taken; it is kept under extra. */
    DUPLICATE_COLUMN("duplicate-column"),
    /** Raised when a column was mapped to a schema field with low confidence. */
    LOW_CONFIDENCE_COLUMN("low-confidence-column"),
    /** Raised when a column maps to no schema field; it is kept under extra. */
    UNMAPPED_COLUMN("unmapped-column"),
    /** Raised when a sub-column label under a known group is not itself a known label. */
    UNKNOWN_SUB_LABEL("unknown-sub-label"),
    /** Raised when empty 一级事项 cells of a table that shows its merges were read as the group above. */
    BLANK_GROUP_CELL("blank-group-cell"),
    /** Raised once when cells that say 同上 ("as above") are read as the value of the row above. */
    DITTO_CELL("ditto-cell"),

    // normalising
    /** Raised when text in a disclosure-channel cell was ignored, or the cell names several website columns. */
    CHANNELS("channels"),
    /** Raised once when 口 typed for □, or a Wingdings box left as its letter (t政府网站), was read as a box. */
    STAND_IN_BOXES("stand-in-boxes"),
    /** Raised once per field when an option column's words (公开层级 县市两级) name none of its options; left empty. */
    UNKNOWN_OPTION("unknown-option"),
    /** Raised when a 序号 cell is not a number; the sequence number is left empty. */
    BAD_SEQ("bad-seq"),
    /** Raised for each 序号 skipped between two numbered rows (up to 19 per gap). */
    MISSING_SEQ("missing-seq"),
    /** Raised when the document declares a number of 二级事项 other than the entries found. */
    DECLARED_COUNT_DIFFERS("declared-count-differs"),
    /** Raised when the agency was guessed (unknown domain in the title, or taken from the rows). */
    GUESSED_AGENCY("guessed-agency"),
    /** Raised when the agency was taken from the preamble because the title names none. */
    AGENCY_FROM_PREAMBLE("agency-from-preamble"),
    /** Raised when the region came from the text around the table, from a short name, or an ambiguous place name. */
    REGION_GUESS("region-guess"),
    /** Raised by the folder walk (not a catalog's reading) for a folder whose name ends like a catalog file's. */
    FOLDER_NAMED_LIKE_A_FILE("folder-named-like-a-file");

    private static final Map<String, WarningCode> BY_JSON =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(WarningCode::json, Function.identity()));

    private final String json;

    WarningCode(String json) {
        this.json = json;
    }

    /** The code as it appears in JSON output and the run report. */
    public String json() {
        return json;
    }

    public static Optional<WarningCode> fromJson(String code) {
        return Optional.ofNullable(BY_JSON.get(code));
    }
}

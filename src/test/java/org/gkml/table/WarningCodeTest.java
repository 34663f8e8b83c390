package org.gkml.table;

import org.gkml.GoldenValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarningCodeTest {

    /** The published codes, written out: renaming a constant's JSON string breaks scripts and fails here. */
    @ParameterizedTest
    @CsvSource({
            "ENCODING_GUESSED, encoding-guessed", "UNDECODABLE_BYTES, undecodable-bytes", "NUL_BYTES_REMOVED, nul-bytes-removed",
            "CHARSET_MISMATCH, charset-mismatch", "UNKNOWN_SYMBOL, unknown-symbol", "HIDDEN_SHEET, hidden-sheet", "HIDDEN_COLUMN, hidden-column", "FORMULA_COMPUTED, formula-computed",
            "PDF_TRUNCATED, pdf-truncated", "PDF_PAGE_UNREADABLE, pdf-page-unreadable",
            "PDF_PAGE_TOO_MUCH_TEXT, pdf-page-too-much-text", "PDF_WATERMARK, pdf-watermark", "PDF_NEEDS_OCR, pdf-needs-ocr", "OCR_PAGE, ocr-page", "OCR_CORRECTED, ocr-corrected", "OCR_LOW_CONFIDENCE, ocr-low-confidence",
            "PDF_TOO_MANY_LINES, pdf-too-many-lines", "PDF_TEXT_BETWEEN_TABLES, pdf-text-between-tables",
            "PDF_TABLE_FROM_ALIGNMENT, pdf-table-from-alignment", "PDF_COLUMNS_ACROSS_PAGES, pdf-columns-across-pages", "OFD_COLUMNS_ACROSS_PAGES, ofd-columns-across-pages",
            "OFD_PAGE_UNREADABLE, ofd-page-unreadable", "OFD_TOO_MANY_LINES, ofd-too-many-lines",
            "OFD_TEXT_BETWEEN_TABLES, ofd-text-between-tables", "OFD_TABLE_FROM_ALIGNMENT, ofd-table-from-alignment", "ROW_WIDTH, row-width", "HEADER_SPANS, header-spans",
            "REORDERED_TIME_LIMIT, reordered-time-limit", "TICK_POSITION_GUESSED, tick-position-guessed", "TICK_POSITION_UNKNOWN, tick-position-unknown",
            "PAGE_FURNITURE, page-furniture", "UNREAD_HEADER_TEXT, unread-header-text", "DUPLICATE_COLUMN, duplicate-column",
            "LOW_CONFIDENCE_COLUMN, low-confidence-column", "UNMAPPED_COLUMN, unmapped-column",
            "UNKNOWN_SUB_LABEL, unknown-sub-label", "BLANK_GROUP_CELL, blank-group-cell", "DITTO_CELL, ditto-cell", "CHANNELS, channels", "STAND_IN_BOXES, stand-in-boxes", "UNKNOWN_OPTION, unknown-option", "BAD_SEQ, bad-seq", "MISSING_SEQ, missing-seq",
            "DECLARED_COUNT_DIFFERS, declared-count-differs", "GUESSED_AGENCY, guessed-agency",
            "AGENCY_FROM_PREAMBLE, agency-from-preamble", "REGION_GUESS, region-guess",
            "FOLDER_NAMED_LIKE_A_FILE, folder-named-like-a-file"})
    void everyCodeRoundTripsThroughItsJsonString(WarningCode code, String json) {
        assertEquals(json, code.json());
        assertEquals(Optional.of(code), WarningCode.fromJson(json));
    }

    @Test
    void theTableAboveListsEveryCode() {
        assertEquals(48, WarningCode.values().length, "add the new code to everyCodeRoundTripsThroughItsJsonString");
    }

    @Test
    void everyCodeInTheGoldenFilesIsAConstant() {
        for (String json : GoldenValues.under("code")) {
            assertTrue(WarningCode.fromJson(json).isPresent(), json + " in a golden file is no WarningCode");
        }
    }

    @Test
    void aWarningPrintsItsJsonCode() {
        Warning w = new Warning(WarningCode.MISSING_SEQ, "序号 3 is missing", Provenance.ofLine("a.txt", 7));
        assertTrue(w.toString().endsWith("序号 3 is missing [missing-seq]"), w.toString());
        assertEquals(Optional.empty(), WarningCode.fromJson("MISSING_SEQ"));
    }
}

package org.gkml.extract;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Bounds on what one catalog may cost to read. A real catalog is a few hundred KB with a few hundred rows;
 * the limits are far above that and far below what would exhaust memory, so a hostile or broken file is
 * refused with a reason instead of taking the process down.
 */
public final class ExtractionLimits {

    /** Largest file read at all. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;
    /**
     * Largest single part of a zip container (DOCX/XLSX) once unpacked: its XML is parsed into memory, at
     * roughly 25 bytes of heap per byte of XML (a 39 MB document.xml of 114,000 rows took 1.2 GB).
     */
    public static final long MAX_ZIP_ENTRY_BYTES = 32L * 1024 * 1024;
    /** Largest total unpacked size a zip container declares. */
    public static final long MAX_ZIP_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Smallest compressed/unpacked ratio accepted while unpacking (1 : 100); below it looks like a zip bomb. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** Most rows one sheet or table may have. */
    public static final int MAX_ROWS = 100_000;
    /** Most columns one sheet or table may have. */
    public static final int MAX_COLUMNS = 1_000;
    /** Most non-blank cells in one workbook. */
    public static final long MAX_CELLS = 2_000_000;

    /** Longest line of a text catalog (real ones stay under 500 characters: one table row of a Word export). */
    public static final int MAX_LINE_CHARS = 20_000;

    private ExtractionLimits() {
    }

    /** POI keeps its zip limits in static settings; set them once before any OOXML file is opened. */
    public static void applyToPoi() {
        PoiSettings.INSTANCE.hashCode();
    }

    private enum PoiSettings {
        INSTANCE;

        PoiSettings() {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
        }
    }

    static String megabytes(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) mb);
    }
}

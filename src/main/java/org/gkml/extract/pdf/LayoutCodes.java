package org.gkml.extract.pdf;

import org.gkml.table.WarningCode;

/**
 * The warning codes the page assembly ({@link PageLayout}) raises, per format: PDF and OFD pages go through the
 * same assembly, but a script filtering {@code pdf-*} codes means PDF files, so an OFD's warnings carry its own.
 *
 * @param tooManyLines       a page draws too many lines to be a ruled table
 * @param textBetweenTables  text between two ruled tables is not kept
 * @param tableFromAlignment no table lines: the table is rebuilt from text alignment
 * @param columnsAcrossPages the table's columns are printed on runs of pages, read side by side
 */
public record LayoutCodes(WarningCode tooManyLines, WarningCode textBetweenTables, WarningCode tableFromAlignment,
                          WarningCode columnsAcrossPages) {

    public static final LayoutCodes PDF = new LayoutCodes(WarningCode.PDF_TOO_MANY_LINES, WarningCode.PDF_TEXT_BETWEEN_TABLES,
            WarningCode.PDF_TABLE_FROM_ALIGNMENT, WarningCode.PDF_COLUMNS_ACROSS_PAGES);
    public static final LayoutCodes OFD = new LayoutCodes(WarningCode.OFD_TOO_MANY_LINES, WarningCode.OFD_TEXT_BETWEEN_TABLES,
            WarningCode.OFD_TABLE_FROM_ALIGNMENT, WarningCode.OFD_COLUMNS_ACROSS_PAGES);

    public LayoutCodes {
        if (tooManyLines == null || textBetweenTables == null || tableFromAlignment == null || columnsAcrossPages == null) {
            throw new IllegalArgumentException("every layout warning code is needed: " + tooManyLines + ", " + textBetweenTables + ", " + tableFromAlignment);
        }
    }
}

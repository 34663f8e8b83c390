package org.gkml.table;

import java.util.List;

/**
 * What an extractor hands on: the tables of one file plus the text around them.
 *
 * @param source   the file name
 * @param format   the detected format, e.g. "text/tab-cells", "text/pdf-flow", "docx", "pdf"
 * @param preamble lines before the first table (title, 填表人, 公开依据 …)
 * @param tables   the tables in document order; a table continued across pages is one table
 * @param trailer  lines after the last table (备注 …)
 * @param warnings what the extractor noticed but could read
 */
public record ExtractedDocument(String source, String format, List<TextLine> preamble, List<Table> tables,
                                List<TextLine> trailer, List<Warning> warnings) {

    public ExtractedDocument {
        preamble = List.copyOf(preamble);
        tables = List.copyOf(tables);
        trailer = List.copyOf(trailer);
        warnings = List.copyOf(warnings);
    }
}

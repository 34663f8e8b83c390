package org.gkml.report.source;

import org.gkml.table.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An entry record's source_ref read back into page, line and cell, as Provenance prints them. */
class SourceRefsTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "a.txt | a.txt line 12 | 0 | 12 | -",
            "a.pdf | a.pdf page 2 row 3 col 1 | 2 | 0 | row 3 col 1",
            "a.xlsx | a.xlsx page 1 A4 | 1 | 0 | A4",
            "a.docx | a.docx page 1 table 1 r2c1 | 1 | 0 | table 1 r2c1",
            "目录 2024.html | 目录 2024.html page 3 table 2 r5c1 | 3 | 0 | table 2 r5c1",
            "a.html | a.html title | 0 | 0 | title",
    })
    void readsWhatProvenancePrints(String source, String ref, int page, int line, String cell) {
        Provenance p = SourceRefs.parse(source, ref);
        assertEquals(new Provenance(source, page, line, cell), p);
        assertEquals(ref, p.toString());
    }
}

package org.gkml.extract;

import org.gkml.GoldenValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileFormatTest {

    @ParameterizedTest
    @CsvSource({"TEXT, text", "HTML, html", "PDF, pdf", "DOC, doc", "DOCX, docx", "XLS, xls", "XLSX, xlsx"})
    void everyFileFormatKeepsItsName(FileFormat format, String id) {
        assertEquals(id, format.id());
        assertEquals(format, FileFormat.ofId(id));
    }

    @ParameterizedTest
    @CsvSource({"TAB_SEPARATED, text/tab-separated", "COMMA_SEPARATED, text/comma-separated", "TAB_CELLS, text/tab-cells", "PDF_FLOW, text/pdf-flow"})
    void everyTextLayoutKeepsItsName(FileFormat.TextLayout layout, String id) {
        assertEquals(id, layout.id());
    }

    /** A text document always reports its layout, every other one its file format: the golden outputs show them all. */
    @Test
    void theGoldenFilesHoldEveryOutputFormatAndNoOther() {
        Set<String> formats = new TreeSet<>();
        // scans (IMAGE) need the OCR program: ScannedCatalogsTest scores them, the golden outputs hold none
        Arrays.stream(FileFormat.values()).filter(f -> f != FileFormat.TEXT && f != FileFormat.IMAGE).forEach(f -> formats.add(f.id()));
        Arrays.stream(FileFormat.TextLayout.values()).forEach(l -> formats.add(l.id()));
        assertEquals(formats, GoldenValues.under("format"));
    }
}

package org.gkml.extract.pdf;

import org.gkml.extract.ocr.OcrVocabulary;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The OCR vocabulary built from the mapping data holds the gazetteer's place names besides the labels and options. */
class OcrWordsTest {

    private final OcrVocabulary vocabulary = OcrWords.vocabulary(Mappings.builtIn());

    @Test
    void placeNamesOfTheGazetteerAreSnappedTo() {
        assertEquals("黔东南苗族侗族自治州", vocabulary.snap("黔东南苗族侗族自治洲"));
        assertEquals("石家庄市", vocabulary.snap("石家庒市"));
        assertEquals("呼和浩特市", vocabulary.snap("呼和浩持市"));
        assertEquals("乌鲁木齐巿", vocabulary.snap("乌鲁木齐巿"), "one off 乌鲁木齐市 and 乌鲁木齐县 alike: a tie stays as read");
    }

    @Test
    void theGazetteersPlaceholdersAreNot() {
        // 省直辖县级行政区划 is a "skip" row: a placeholder of the division tree, never printed as a place
        assertEquals("省直辖县级行政区域", vocabulary.snap("省直辖县级行政区域"));
    }

    @Test
    void labelsAndOptionsStillAre() {
        assertEquals("政府网站", vocabulary.snap("政府网玷"));
        assertEquals("依申请公开", vocabulary.snap("依申清公开"));
    }
}

package org.gkml.extract.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Snapping OCR readings to the known words: one character off a single word, never a short word, never a tie. */
class OcrVocabularyTest {

    private final OcrVocabulary vocabulary = new OcrVocabulary(
            List.of("政府网站", "两微一端", "公开时限", "公开内容（要素）", "社区/企事业单位/村公示栏", "依申请公开", "依申请", "主动公开", "公示栏"),
            Map.of("V", "√"));

    @Test
    void aReadingOneCharacterOffAKnownWordIsThatWord() {
        assertEquals("政府网站", vocabulary.snap("政府网玷"));
        assertEquals("公开时限", vocabulary.snap("公开时眼"));
        assertEquals("公开内容(要素)", vocabulary.snap("公开内客 (要素)"), "brackets and spaces as OCR prints them; full-width forms folded");
        assertEquals("公开内容 (要素)", vocabulary.snap("公开内容 (要素)"), "a known word in other brackets is no near-miss");
    }

    @Test
    void piecesOfAChannelListAreSnappedOneByOne() {
        assertEquals("■政府网站 □两微一端", vocabulary.snap("■政府网玷 □两微一瑞"));
    }

    @Test
    void textThatIsNoKnownWordStaysAsRead() {
        assertEquals("招生政策", vocabulary.snap("招生政策"));
        assertEquals("部门规章", vocabulary.snap("部门规章"));
        assertEquals("公示拦", vocabulary.snap("公示拦"), "three characters: one wrong makes another word");
        assertEquals("政府网站", vocabulary.snap("政府网站"));
    }

    @Test
    void twoKnownWordsRunTogetherAreNotSnappedToALongerWord() {
        OcrVocabulary v = new OcrVocabulary(List.of("政府网站", "公开查阅点", "政府信息公开查阅点"), Map.of());
        // nine characters reach two off: 网站 → 信息 would make one channel of two
        assertNull(v.sameLength("政府网站公开查阅点"));
        assertEquals("政府网站公开查阅点", v.snap("政府网站公开查阅点"));
        assertEquals("政府信息公开查阅点", v.snap("政府信息公开查阅占"), "a near-miss of the long word itself still snaps");
    }

    @Test
    void aWholeCellIsKnownAsAWordOfAnyLengthOrAGlyphsReading() {
        OcrVocabulary v = new OcrVocabulary(List.of("序号", "全社会", "政府网站"), Map.of("V", "√"));
        assertEquals(true, v.knows("序 号"));
        assertEquals(true, v.knows("全社会"));
        assertEquals(true, v.knows("V"));
        assertEquals(true, v.knows("√"));
        assertEquals(false, v.knows("订号"));
        assertEquals(false, v.knows("序"), "one character is no word");
    }

    @Test
    void aTieBetweenTwoWordsSnapsToNeither() {
        OcrVocabulary v = new OcrVocabulary(List.of("主动公开", "被动公开"), Map.of());
        assertEquals("x动公开", v.snap("x动公开"));
    }

    @Test
    void knownReadingsOfALoneGlyphAreReplacedWhole() {
        assertEquals("√", vocabulary.snap("V"));
        assertEquals("V型", vocabulary.snap("V型"));
    }

    @Test
    void aWordSetOneCharacterPerLineIsSnappedWholeKeepingEveryPlace() {
        assertEquals("依申请公开", vocabulary.sameLength("依申请公升"));
        assertNull(vocabulary.sameLength("依申请公开"), "already a word");
        assertNull(vocabulary.sameLength("政府网站站"), "a letter more is no substitution");
    }

    @Test
    void distanceGivesUpPastItsLimit() {
        assertEquals(1, OcrVocabulary.distance("政府网玷", "政府网站", 2));
        assertEquals(3, OcrVocabulary.distance("abcd", "wxyz", 2));
    }
}

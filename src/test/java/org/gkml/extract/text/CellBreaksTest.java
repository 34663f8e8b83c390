package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CellBreaksTest {

    private static final CellBreaks BREAKS = TextVocabulary.of(Mappings.builtIn()).breaks();

    private static Fragment line(String text) {
        return new Fragment(text, 1, true);
    }

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "个工作日|内|true",        // 日内
            "人民共|和国政|true",
            "的法定职能|领导分工|false",
            "5|个工作日|false",        // digits never form a word with the next line here
            "办公室|■政府网站|false",
    })
    void wordAcrossTheBreak(String before, String after, boolean spans) {
        assertEquals(spans, CellBreaks.wordSpansBreak(before, after));
    }

    @ParameterizedTest(name = "{0} open: {1}")
    @CsvSource(delimiter = '|', value = {
            "《中华人民共和国政府信息|true",
            "《中华人民共和国政府信息公开条例》|false",
            "（2）联系方式（包|true",
            "（1）机构名称|false",
            "政府网站“重大决策预公开|true",
    })
    void openBracketKeepsTheCellGoing(String cell, boolean open) {
        assertEquals(open, CellBreaks.hasOpenBracket(cell));
    }

    @Test
    void aWiderLineStartsANewCell() {
        assertTrue(BREAKS.evidence(line("政策信息"), line("医疗保障相关政策"), "政策信息", Double.NaN) > 0);
    }

    @Test
    void aFullLineGoesOn() {
        assertTrue(BREAKS.evidence(line("人民共"), line("和国政"), "《中华人民共", 3) < 0);
    }

    @Test
    void aShortLineEndsTheCell() {
        assertTrue(BREAKS.evidence(line("的法定职能"), line("领导分工"), "依据“三定方案”及职责情况确定的本单位的法定职能", 10) > 0);
    }

    @Test
    void piecesSideBySideAreDifferentCells() {
        assertTrue(BREAKS.evidence(line("行政执法"), new Fragment("基金监管科", 1, false), "行政执法", Double.NaN) > 0);
        // … except a number after 之日起, and checkbox items of one list
        assertTrue(BREAKS.evidence(line("之日起"), new Fragment("5", 1, false), "信息生成或者变更之日起", 4) <= 0);
        assertTrue(BREAKS.evidence(line("□政府公报"), new Fragment("□发布会", 1, false), "■政府网站□政府公报", 10) <= 0);
    }

    @ParameterizedTest(name = "{0} | {1} inside one cell: {2}")
    @CsvSource(delimiter = '|', value = {
            "þ|门户网站|true",              // Wingdings ☑ read as Latin-1, set apart from its option's name
            "þ门户网站¨|政务新媒|true",
            "□|政府公报|true",
            "办公室|人事处|false",
            "实时更新|þ|false",
    })
    void aBoxSetApartFromItsNameIsInItsCell(String cell, String next, boolean inside) {
        assertEquals(inside, BREAKS.sameLine(new Fragment(next, 1, false), cell) < 0);
    }

    @ParameterizedTest(name = "{0} ends mid-phrase: {1}")
    @CsvSource(delimiter = '|', value = {"统筹基金不予支付的|true", "参保人员、|true", "依申请公开受理机构和|true", "医疗费用|false", "办理流程及方式|false"})
    void aLineEndingInAParticleGoesOn(String line, boolean mid) {
        assertEquals(mid, CellBreaks.endsMidPhrase(line));
    }

    @ParameterizedTest(name = "{0} ends with its deadline: {1}")
    @CsvSource(delimiter = '|', value = {"出让结果确定之日起10个工作日内|true", "受理之日起五个工作日内|true", "每月15日前|true",
            "信息产生或者变更之日起20个工作日内公|false", "信息形成或变更5个工作日|false"})
    void aStatedDeadlineEndsTheCell(String cell, boolean ends) {
        assertEquals(ends, CellBreaks.endsWithDeadline(cell));
    }

    @Test
    void nextListEntryContinuesTheList() {
        assertTrue(CellBreaks.continuesEnumeration("（1）机构名称", "（2）联系方式（包"));
        assertFalse(CellBreaks.continuesEnumeration("机构名称", "（2）联系方式"));
        assertFalse(CellBreaks.continuesEnumeration("（1）机构名称", "（3）领导"));
    }

    @ParameterizedTest(name = "\"个工作日\" in a column {0} wide: {1}")
    @CsvSource(delimiter = '|', value = {
            "NaN|-3",     // width not known yet: a word across the break is taken at its word
            "4|-3",       // a full line
            "4.5|-3",     // within the slack of half-width characters
            "5|-1.5",     // one narrow punctuation mark short: half the weight
            "6|0",        // the writer ended the line
    })
    void aWordAcrossTheBreakCountsByHowFullTheLineIs(double width, double weight) {
        assertEquals(weight, CellBreaks.wordRunsOn(line("个工作日"), width, true));
        assertEquals(0, CellBreaks.wordRunsOn(line("个工作日"), width, false));
    }

    @Test
    void aWordAcrossTheBreakIsCountedOnce() {
        Fragment prev = line("之日起10个工作日"), next = line("内");
        double with = BREAKS.evidence(prev, next, "信息形成之日起10个工作日", Double.NaN, true);
        double without = BREAKS.evidence(prev, next, "信息形成之日起10个工作日", Double.NaN, false);
        assertEquals(-3, with - without);
        assertEquals(with, BREAKS.evidence(prev, next, "信息形成之日起10个工作日", Double.NaN));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "政府网站|true",            // a channel typed on its own line
            "政务服务中心|true",
            "政府網站|true",            // in traditional characters too
            "社区/企事业单|false",      // a wrapped name
            "法律法规资讯|false",
    })
    void aWholeChannelNameIsAListLine(String line, boolean listed) {
        assertEquals(listed, BREAKS.isListedName(line));
    }

    @Test
    void aListLineSaysNothingOfTheColumnsWidth() {
        // 政府网站 ⏎ 社区/企事业单位/村公示: the wider next line is the next channel, not a wrap gone wrong.
        assertTrue(BREAKS.widthSaysNothing(line("政府网站"), line("社区/企事业单位/村公示")));
        assertFalse(BREAKS.widthSaysNothing(line("信息形成"), line("社区/企事业单位/村公示")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "政府网站两微一端|true",
            "社区/企事业单位/村公示栏（电子屏）|true",   // a wrapped name has reached its end
            "社区/企事业单位/村公示|false",
            "社区/企事业单位/村公示栏（电|false",
    })
    void aCellEndingWithAWholeChannelName(String cell, boolean ends) {
        assertEquals(ends, BREAKS.endsListedName(cell));
    }
}

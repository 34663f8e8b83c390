package org.gkml.report.rules;

import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.gkml.report.rules.TestCatalogs.catalog;
import static org.gkml.report.rules.TestCatalogs.entry;
import static org.gkml.report.rules.TestCatalogs.spec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of mappings/report-rules.tsv on small catalogs: what it reports, with which value and row. */
class RulesTest {

    /** A finding reduced to what the 问题 sheet shows: 序号, value, source line (0 = the whole catalog). */
    record Found(Integer seq, String value, int line) {
        static Found of(Violation v) {
            return new Found(v.seq(), v.value(), v.where() == null ? 0 : v.where().line());
        }
    }

    static List<Found> found(Rule rule, CatalogDocument c) {
        return rule.check(c).stream().map(Found::of).toList();
    }

    static Stream<Arguments> timeLimits() {
        return Stream.of(
                Arguments.of(20, "working_day", List.of(), false),
                Arguments.of(21, "working_day", List.of(), true),
                Arguments.of(30, "working_day", List.of("主动公开"), true),
                Arguments.of(30, "working_day", List.of("依申请公开"), false),
                Arguments.of(30, "working_day", List.of("依申请公开", "主动公开"), true),
                Arguments.of(28, "day", List.of(), false),
                Arguments.of(30, "day", List.of(), true),
                Arguments.of(null, null, List.of(), false));
    }

    @Test
    void aLeastDurationIsNoDeadline() {
        Rule rule = new TimeLimitTooLong(spec(TimeLimitTooLong.ID));
        Entry posted = new Entry(3, null, null, "土地征收", null, "依据", List.of(), "发布之日起不少于三十日", 30, DeadlineUnit.DAY, null,
                List.of("政府网站"), null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null, Map.of(), null);
        assertEquals(List.of(), found(rule, catalog(posted)));
    }

    static Stream<Arguments> limitWordings() {
        // the time limit as printed, the day count and unit the reading took from it, 公开方式; reported?
        return Stream.of(
                // a least duration right before the count read: how long it stays up
                Arguments.of("发布之日起不少于三十日", 30, "day", List.of(), false),
                Arguments.of("征求意见期不少于30日", 30, "day", List.of("主动公开"), false),
                // a least duration after the count leaves the count a deadline
                Arguments.of("信息形成之日起30个工作日内公开，公示期不少于5个工作日", 30, "working_day", List.of(), true),
                Arguments.of("信息形成之日起20个工作日内，公示期不少于5个工作日", 20, "working_day", List.of(), false),
                // months, no days: a month is 30 days, longer than four weeks
                Arguments.of("办结后一个月内", null, null, List.of(), true),
                Arguments.of("在答复建议和提案提出人的1个月内；定期清理", null, null, List.of("主动公开"), true),
                Arguments.of("结果确定后3个月以内", null, null, List.of(), true),
                Arguments.of("办结后一个月内", null, null, List.of("依申请公开"), false),
                // months that are no deadline: how long it stays up, how often, a date
                Arguments.of("最短公示期为三个月", null, null, List.of(), false),
                Arguments.of("公示期不少于三个月内", null, null, List.of(), false),
                Arguments.of("每月更新", null, null, List.of(), false),
                Arguments.of("每年1月31日前", null, null, List.of(), false),
                // days stated: the months after them say how long it stays up
                Arguments.of("20个工作日内；最短公示期为三个月，最长公示期为三年", 20, "working_day", List.of(), false));
    }

    @ParameterizedTest(name = "{0} → too long: {4}")
    @MethodSource("limitWordings")
    void whatTheWordsOfATimeLimitSay(String timeLimit, Integer days, String unit, List<String> modes, boolean tooLong) {
        Rule rule = new TimeLimitTooLong(spec(TimeLimitTooLong.ID));
        Entry e = new Entry(3, null, null, "事项", null, "依据", List.of(), timeLimit, days,
                unit == null ? null : DeadlineUnit.fromJson(unit).orElseThrow(), null, List.of("政府网站"), null, List.of(),
                modes, List.of(), List.of(), null, List.of(), null, Map.of(), org.gkml.table.Provenance.ofLine("t.txt", 6));
        assertEquals(tooLong ? List.of(new Found(3, timeLimit, 6)) : List.of(), found(rule, catalog(e)));
    }

    @ParameterizedTest(name = "{0} {1} {2} → too long: {3}")
    @MethodSource("timeLimits")
    void timeLimitLongerThanTwentyWorkingDays(Integer days, String unit, List<String> modes, boolean tooLong) {
        Rule rule = new TimeLimitTooLong(spec(TimeLimitTooLong.ID));
        Entry e = entry(3, "机构信息", "依据", List.of("政府网站"), null, days, unit, modes, 7);
        List<Found> expected = tooLong ? List.of(new Found(3, days + "个" + unit, 7)) : List.of();
        assertEquals(expected, found(rule, catalog(e)));
    }

    static Stream<Arguments> bases() {
        return Stream.of(
                Arguments.of("《条例》", false),
                Arguments.of(null, true),
                Arguments.of("  ", true));
    }

    @ParameterizedTest(name = "basis {0} → reported: {1}")
    @MethodSource("bases")
    void entryWithoutBasis(String basis, boolean reported) {
        Rule rule = new MissingBasis(spec(MissingBasis.ID));
        Entry e = entry(1, "A", basis, List.of("政府网站"), null, null, null, List.of(), 4);
        assertEquals(reported ? List.of(new Found(1, Violation.EMPTY, 4)) : List.of(), found(rule, catalog(e)));
    }

    @Test
    void aCatalogWithoutABasisColumnIsOneFinding() {
        Rule rule = new MissingBasis(spec(MissingBasis.ID));
        CatalogDocument c = catalog(EnumSet.of(Field.SEQ, Field.ITEM), Map.of(), entry(1, "A", 4), entry(2, "A", 5));
        assertEquals(List.of(new Found(null, "（目录无此栏）", 0)), found(rule, c));
    }

    static Stream<Arguments> channels() {
        return Stream.of(
                Arguments.of(List.of("政府网站"), null, false),
                Arguments.of(List.of(), "政策文件", false),
                Arguments.of(List.of(), null, true),
                Arguments.of(List.of(), " ", true));
    }

    @ParameterizedTest(name = "channels {0}, web column {1} → reported: {2}")
    @MethodSource("channels")
    void entryWithoutChannel(List<String> channels, String webColumn, boolean reported) {
        Rule rule = new MissingChannel(spec(MissingChannel.ID));
        Entry e = entry(5, "A", "依据", channels, webColumn, null, null, List.of(), 9);
        assertEquals(reported ? List.of(new Found(5, Violation.EMPTY, 9)) : List.of(), found(rule, catalog(e)));
    }

    static Stream<Arguments> numberings() {
        // 序号 and 一级事项 per entry (entry i is on line i + 1), duplicates expected, gaps expected
        return Stream.of(
                Arguments.of(new Integer[]{1, 2, 3}, "AAA", List.of(), List.of()),
                Arguments.of(new Integer[]{1, 2, 2, 3}, "AAAA", List.of(new Found(2, "2", 3)), List.of()),
                Arguments.of(new Integer[]{1, 2, 4, 7}, "AAAA", List.of(),
                        List.of(new Found(4, "缺 3", 3), new Found(7, "缺 5–6", 4))),
                Arguments.of(new Integer[]{3, 4}, "AA", List.of(), List.of(new Found(3, "缺 1–2", 1))),
                // numbered per 一级事项: 1 2 | 1 2 is no duplicate
                Arguments.of(new Integer[]{1, 2, 1, 2}, "AABB", List.of(), List.of()),
                // 1 again within the same 一级事项 is
                Arguments.of(new Integer[]{1, 2, 1}, "AAA", List.of(new Found(1, "1", 3)), List.of()),
                Arguments.of(new Integer[]{1, null, 3}, "AAA", List.of(), List.of(new Found(null, Violation.EMPTY, 2))),
                // a 序号 cell merged over the rows of its 一级事项: 1 1 1 | 2 2 is numbered by group, not duplicated
                Arguments.of(new Integer[]{1, 1, 1, 2, 2}, "AAABB", List.of(), List.of()),
                // …but the number of a group used again after another group is
                Arguments.of(new Integer[]{1, 1, 2, 3, 2}, "AABCD", List.of(new Found(2, "2", 5)), List.of()),
                // in a catalog that numbers entries, the same number twice in a row is a duplicate
                Arguments.of(new Integer[]{1, 2, 2, 3}, "AABB", List.of(new Found(2, "2", 3)), List.of()));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("numberings")
    void duplicatedAndMissingSeq(Integer[] seqs, String categories, List<Found> duplicates, List<Found> gaps) {
        Entry[] entries = new Entry[seqs.length];
        for (int i = 0; i < seqs.length; i++) entries[i] = entry(seqs[i], categories.substring(i, i + 1), i + 1);
        CatalogDocument c = catalog(entries);
        assertEquals(duplicates, found(new DuplicateSeq(spec(DuplicateSeq.ID)), c));
        assertEquals(gaps, found(new MissingSeq(spec(MissingSeq.ID)), c));
    }

    @Test
    void aSeqPrintedAsNoNumberIsNotMissing() {
        // 1-1, 1-2, 2-1 printed in the 序号 column: the reading leaves 序号 empty and warns bad-seq at the row
        Entry[] entries = {entry(null, "A", 3), entry(null, "A", 4), entry(null, "B", 5), entry(null, "B", 6)};
        List<org.gkml.table.Warning> printed = new java.util.ArrayList<>();
        for (int line = 3; line <= 5; line++) {
            printed.add(new org.gkml.table.Warning(org.gkml.table.WarningCode.BAD_SEQ, "序号 is not a number",
                    org.gkml.table.Provenance.ofLine("t.txt", line)));
        }
        CatalogDocument c = new CatalogDocument("t.txt", "text", "测试目录", "某县某局", org.gkml.catalog.Region.UNKNOWN,
                org.gkml.catalog.Level.COUNTY, Map.of(), EnumSet.allOf(Field.class), List.of(entries), printed);
        // the row on line 6 has no 序号 at all
        assertEquals(List.of(new Found(null, Violation.EMPTY, 6)), found(new MissingSeq(spec(MissingSeq.ID)), c));
    }

    static Stream<Arguments> declarations() {
        return Stream.of(
                Arguments.of(Map.of(), false),
                Arguments.of(Map.of("二级事项", 2), false),
                Arguments.of(Map.of("二级事项", 3), true),
                Arguments.of(Map.of("二级事项", "3"), true),
                Arguments.of(Map.of("二級事項", 5), true),
                Arguments.of(Map.of("二级事项", 1), false));
    }

    @ParameterizedTest(name = "meta {0} → reported: {1}")
    @MethodSource("declarations")
    void fewerItemsThanDeclared(Map<String, Object> meta, boolean reported) {
        Rule rule = new FewerItemsThanDeclared(spec(FewerItemsThanDeclared.ID));
        CatalogDocument c = catalog(EnumSet.allOf(Field.class), meta, entry(1, "A", 2), entry(2, "A", 3));
        List<Violation> v = rule.check(c);
        assertEquals(reported ? 1 : 0, v.size());
        if (reported) assertTrue(v.get(0).value().endsWith("找到 2 项"), v.get(0).value());
    }

    @Test
    void everyRowOfTheFileIsARuleWithItsExplanation() {
        RuleBook book = RuleBook.of(org.gkml.vocabulary.Mappings.builtIn().file("report-rules.tsv").rows().stream().map(org.gkml.vocabulary.MappingFile.Row::toArray).toList());
        assertEquals(List.of("no-basis", "time-limit", "no-channel", "duplicate-seq", "missing-seq", "fewer-items"),
                book.rules().stream().map(r -> r.spec().id()).toList());
        for (Rule r : book.rules()) assertTrue(r.spec().explanation().codePoints().anyMatch(cp -> cp >= 0x4E00), r.spec().id());
    }

    @Test
    void aThresholdIsData() {
        RuleBook strict = RuleBook.of(List.<String[]>of(new String[]{"time-limit", "错误", "超过10个工作日", "max_working_days=10 max_days=14 mode=主动公开 minimum_words=不少于"}));
        Entry e = entry(1, "A", "依据", List.of("政府网站"), null, 15, "working_day", List.of(), 2);
        assertEquals(1, strict.check(catalog(e)).size());
    }

    @Test
    void aCountysOwnRulesAreRowsOfGeneralClassifiers() {
        RuleBook own = RuleBook.of(List.<String[]>of(
                new String[]{"required-field:responsible", "提醒", "未写明责任部门", "field=responsible label=责任部门"},
                new String[]{"forbidden-words:vague-time", "提醒", "时限含糊", "field=time_limit words=及時,适时 label=公开时限"}));
        Entry vague = new Entry(1, null, "A", "事项1", null, "依据", List.of(), "信息形成后及时公开", null, null, null,
                List.of("政府网站"), null, List.of(), List.of(), List.of("办公室"), List.of(), null, List.of(), null, Map.of(), null);
        Entry nobody = new Entry(2, null, "A", "事项2", null, "依据", List.of(), "20个工作日内", 20, DeadlineUnit.WORKING_DAY, null,
                List.of("政府网站"), null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null, Map.of(), null);
        List<Violation> found = own.check(catalog(vague, nobody));
        assertEquals(List.of("required-field:responsible 2 责任部门 （空）", "forbidden-words:vague-time 1 公开时限 信息形成后及时公开"),
                found.stream().map(v -> v.rule().id() + " " + v.seq() + " " + v.field() + " " + v.value()).toList());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> RuleBook.of(List.<String[]>of(
                new String[]{"no-basis", "错误", "x"}, new String[]{"no-basis", "提醒", "y"})));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        IllegalArgumentException badField = assertThrows(IllegalArgumentException.class, () -> RuleBook.of(List.<String[]>of(
                new String[]{"required-field:x", "提醒", "x", "field=colour"})));
        assertTrue(badField.getMessage().contains("colour"), badField.getMessage());
    }

    @Test
    void anUnknownRuleOrABadParameterIsNamed() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RuleBook.of(List.<String[]>of(new String[]{"no-such-rule", "错误", "x"})));
        assertTrue(unknown.getMessage().contains("no-such-rule"), unknown.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> RuleBook.of(List.<String[]>of(new String[]{"time-limit", "错误", "x", "max_working_days=twenty max_days=28 mode=主动公开 minimum_words=不少于"})));
        assertTrue(bad.getMessage().contains("max_working_days"), bad.getMessage());
    }
}

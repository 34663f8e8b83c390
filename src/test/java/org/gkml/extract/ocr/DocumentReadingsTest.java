package org.gkml.extract.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which characters of a document's cells are corrected from the document's sure readings elsewhere. Readings are
 * written as Tesseract's words with their confidences ("香山/92 竺/56 道办事处/93", as the ywjy 200 dpi scan read);
 * "band:" marks the text around the tables, which corrects but is not corrected. Each case gives the readings and
 * what the first becomes.
 */
class DocumentReadingsTest {

    private static final String TITLE = "band:香山/94 街道/96 义务/96 教育/96 领域/96 基层/96 政务/95 公开/96 标准/96 目录/94";
    private static final String DEADLINE_SURE = "信息/96 形成/96 或/84 者/96 变更/96 之/96 日/52 起/96 20/92 个/91 工/93 作/76 日/93 内/96";

    static Stream<Object[]> cases() {
        return Stream.of(
                // corrected
                new Object[]{"a character misread in every row, read sure in the title", List.of("香山/92 竺/56 道/92 办事处/93", TITLE), "香山街道办事处"},
                new Object[]{"two characters off the title: corrected in rounds from the rows corrected first",
                        List.of("春山/43 竺/55 道/92 办事处/93", "香山/92 竺/56 道/92 办事处/93", TITLE), "香山街道办事处"},
                new Object[]{"an extra glyph read under 50 is dropped",
                        List.of("信息/95 形成/95 或/73 者/96 变更/96 之/96 日/58 起/95 20/90 个/90 工/92 作/72 有/38 日/85 内/97", DEADLINE_SURE),
                        "信息形成或者变更之日起20个工作日内"},
                new Object[]{"one glyph read for two",
                        List.of("信息/96 形成/95 或/89 者/96 变更/96 之/96 日/59 起/94 20/93 个/92 工/93 俐/0 内/0", DEADLINE_SURE),
                        "信息形成或者变更之日起20个工作日内"},
                new Object[]{"a category read in the item beside it", List.of("学/92 生/93 次/83 助/0", "义务/95 教育/96 学/96 生/91 资/84 助/92 政策/94"), "学生资助"},
                new Object[]{"a word of the vocabulary corrects", List.of("向/90 公开/90 查/90 闻/40 点/90 申请/90"), "向公开查阅点申请"},
                new Object[]{"a cell's first character, read under 50, with four sure ones after it",
                        List.of("查/0 山街道办事处/93", "香山街道办事处/92"), "香山街道办事处"},
                // left as read
                new Object[]{"a character read sure is not corrected", List.of("香山/92 竺/90 道/92 办事处/93", TITLE), "香山竺道办事处"},
                new Object[]{"a phrase read unsurely elsewhere corrects nothing", List.of("香山/92 竺/56 道/92 办事处/93", "band:香山/70 街道/70 义务/96"), "香山竺道办事处"},
                new Object[]{"two characters of context are too few", List.of("山/92 竺/56 道/92", TITLE), "山竺道"},
                new Object[]{"a digit is never corrected",
                        List.of("起/95 3/20 0/90 个/90 工/92 作日内/90", DEADLINE_SURE), "起30个工作日内"},
                new Object[]{"a character read over 50 is not dropped: 预决算 beside 预算 is two words",
                        List.of("经/93 费/90 预/91 决算/64 信息/96", "年/92 度/57 经/93 费/92 预/88 算/93 、/93 决/92 算/45"), "经费预决算信息"},
                new Object[]{"readings that disagree correct nothing",
                        List.of("财/90 卜/40 信息/90", "财政信息/96", "财务信息/96"), "财卜信息"},
                new Object[]{"a reading attested as widely as the correction stays",
                        List.of("财/90 务/60 信息/90", "财政信息/96", "财务信息/96"), "财务信息"},
                new Object[]{"a doubtful character between two known words is not dropped",
                        List.of("政府网站/90 和/30 公示栏/90", "政府网站/96 公示栏/96"), "政府网站和公示栏"},
                new Object[]{"the cell's first character read at 50 or more stays", List.of("春山/60 竺/47 道/92 办事处/93", "香山街道办事处/92"), "春山街道办事处"},
                new Object[]{"the text around the tables is not corrected", List.of("band:香山/92 竺/56 道/92 办事处/93", "香山街道办事处/96"), "香山竺道办事处"},
                new Object[]{"the context ends at a punctuation mark: 《食品… and 《药品… are two laws",
                        List.of("《中/96 华人/93 民/93 共和/96 国政/96 府/92 信息/96 公开/96 条/93 例/92 》/92 《食/70 品/90 经营/90 许可/90",
                                "《中/96 华人/93 民/93 共和/96 国政/96 府/92 信息/96 公开/96 条/93 例/92 》/92 《药/96 品/96 经营/96 和/96 使用/96"),
                        "《中华人民共和国政府信息公开条例》《食品经营许可"},
                new Object[]{"a cell's last character is not dropped", List.of("政府网站两微一端公示/93 栏/23", "政府网站两微一端公示/93 栏/39"), "政府网站两微一端公示栏"});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void corrects(String name, List<String> readings, String first) {
        List<DocumentReadings.Reading> parsed = new ArrayList<>();
        for (String r : readings) parsed.add(reading(r));
        Set<String> vocabulary = Set.of("公开查阅点", "政府网站", "两微一端", "公示栏");
        List<DocumentReadings.Change> changes = DocumentReadings.correct(parsed, vocabulary, vocabulary::contains);
        String got = changes.stream().filter(c -> c.reading() == 0).map(DocumentReadings.Change::after).findFirst().orElse(parsed.get(0).text());
        assertEquals(first, got);
    }

    @Test
    void eachCharacterAsReadSaysWhatItBecame() {
        List<DocumentReadings.Reading> parsed = List.of(reading("起/94 20/93 个/92 工/93 俐/0 有/90 内/90"), reading("起/94 20/93 个/92 工/93 作/90 日/90 有/90 内/90"));
        DocumentReadings.Change c = DocumentReadings.correct(parsed, Set.of(), w -> false).get(0);
        assertEquals(List.of("起", "2", "0", "个", "工", "作日", "有", "内"), c.became());
        assertEquals("起20个工作日有内", c.after());
        assertEquals(1, c.evidence().get(0).reading());
    }

    /** "香山/92 竺/56": the words without white space, each character with its word's confidence; "band:" not correctable. */
    private static DocumentReadings.Reading reading(String words) {
        boolean band = words.startsWith("band:");
        StringBuilder text = new StringBuilder();
        List<Double> conf = new ArrayList<>();
        for (String w : words.replaceFirst("^band:", "").split(" ")) {
            int slash = w.lastIndexOf('/');
            String t = w.substring(0, slash);
            text.append(t);
            for (int k = 0; k < t.length(); k++) conf.add(Double.parseDouble(w.substring(slash + 1)));
        }
        double[] c = conf.stream().mapToDouble(Double::doubleValue).toArray();
        return new DocumentReadings.Reading(text.toString(), Arrays.copyOf(c, c.length), !band);
    }
}

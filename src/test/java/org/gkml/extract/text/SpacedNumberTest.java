package org.gkml.extract.text;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A number set off by spaces inside a cell's line ("之日起 20 个", PDFBox's gap where the font changes to the digits
 * and back): its unit goes on its cell, and the line's width is the whole line's, not its last piece's.
 */
class SpacedNumberTest {

    private static final CellBreaks BREAKS = TextVocabulary.of(Mappings.builtIn()).breaks();

    @ParameterizedTest(name = "{0} | {1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "之日起20|个|true",
            "之日起20|个工作日内|true",
            "国务院令第711|号）|true",
            "20|工作日|true",
            "之日起２０|天内|true",
            "政府网站|个|false",          // no number before it
            "之日起20|政府网站|false",     // the next cell
            "（1）|机构名称|false",
    })
    void aUnitAfterANumberGoesOnItsCell(String cell, String next, boolean inside) {
        assertEquals(inside, CellBreaks.unitAfterNumber(cell, next));
    }

    @Test
    void theUnitOnTheNumbersLineSaysTheCellGoesOn() {
        assertTrue(BREAKS.evidence(new Fragment("20", 1, false), new Fragment("个", 1, false), "信息形成或变更之日起20", 8) < 0);
    }

    @Test
    void theLastLineOfARunIsItsPiecesOnThatLine() {
        java.util.List<Fragment> pieces = java.util.List.of(new Fragment("公开事项信息形成", 1, true), new Fragment("或变更之日起", 2, true),
                new Fragment("20", 2, false), new Fragment("个", 2, false), new Fragment("工作日内公开", 3, true));
        RowCosts row = new RowCosts(pieces, BREAKS);
        Fragment last = row.lastLine(0, 4);
        assertEquals("或变更之日起20个", last.text());
        assertTrue(last.firstOnLine());
        assertEquals("20个", row.lastLine(2, 4).text());        // a cell starting mid-line holds only its part
        assertEquals("公开事项信息形成", row.lastLine(0, 1).text());
    }

    @Test
    void aTimeLimitWithASpacedNumberStaysWhole(@TempDir Path dir) throws Exception {
        String row = """
                %d
                %s

                %s

                《政府信息公开条例》

                公开事项信息形成
                或变更之日起 20 个
                工作日内公开

                街道文化站

                政府网站 √ √ √

                """;
        String text = """
                序号
                公开事项

                公开内容
                （要素） 公开依据 公开时限 公开主体 公开渠道

                和载体
                公开对象 公开方式

                一级事项 二级事项 全社会 特定群
                众 主动 依申请

                1

                体育服
                务

                """ + row.formatted(1, "体育场馆开放服\n务", "开放时间、收费\n标准").substring(2)
                + row.formatted(2, "全民健身活动", "活动时间、地点\n和报名方式")
                + row.formatted(3, "体育赛事信息", "赛事名称、时间\n和地点");
        Path file = dir.resolve("spaced.txt");
        Files.writeString(file, text);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(3, doc.entries().size());
        for (Entry e : doc.entries()) {
            assertTrue(e.timeLimit().replace(" ", "").endsWith("或变更之日起20个工作日内公开"), e.timeLimit());
            assertEquals(Integer.valueOf(20), e.deadlineDays(), e.item());
            assertFalse(e.content().contains("个"), e.content());
            assertEquals("街道文化站", e.subject(), e.item());
        }
    }
}

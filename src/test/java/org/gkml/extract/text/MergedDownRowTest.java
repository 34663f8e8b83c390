package org.gkml.extract.text;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rows printing only their names and marks under a row whose content, basis … were merged down over them. */
class MergedDownRowTest {

    private static final Set<Field> FULL = Set.of(Field.SEQ, Field.CATEGORY, Field.ITEM, Field.CONTENT, Field.BASIS, Field.SUBJECT);

    @Test
    void onlyARowPrintingItsNamesAloneLiesUnderTheRowAbove() {
        record Case(Set<Field> printed, Set<Field> above, boolean under) {
        }
        for (Case c : List.of(
                new Case(Set.of(Field.SEQ, Field.ITEM), FULL, true),
                new Case(Set.of(Field.SEQ, Field.CATEGORY, Field.ITEM), FULL, true),
                new Case(Set.of(Field.SEQ), FULL, true),
                new Case(Set.of(Field.SEQ, Field.ITEM, Field.CONTENT), FULL, false),    // prints its own content
                new Case(Set.of(Field.SEQ, Field.ITEM, Field.SUBJECT), FULL, false),
                new Case(Set.of(Field.SEQ, Field.ITEM), Set.of(Field.SEQ, Field.ITEM), false))) { // nothing above to share
            assertEquals(c.under(), MergedDownRow.isUnderAbove(c.printed(), c.above()), c.toString());
        }
    }

    @Test
    void cellsPrintedOnceWithTheFirstRowBelongToTheRowsUnderThem(@TempDir Path dir) throws Exception {
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

                体育场馆开放服
                务

                开放时间等
                信息

                《体育场馆运营管理办法》

                信息形成之日起10个工
                作日内公开

                县体育中心

                政府网站

                √ √

                2 全民健身活动 √ √

                3
                体育赛事信息发
                布 √ √
                """;
        Path file = dir.resolve("merged.txt");
        Files.writeString(file, text);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(3, doc.entries().size());
        for (Entry e : doc.entries()) {
            assertEquals("开放时间等信息", e.content(), e.item());
            assertEquals("县体育中心", e.subject(), e.item());
            assertEquals("《体育场馆运营管理办法》", e.basis(), e.item());
            assertEquals(10, e.deadlineDays(), e.item());
        }
    }
}

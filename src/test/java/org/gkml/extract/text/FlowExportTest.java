package org.gkml.extract.text;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Word → PDF catalogs as Apache Tika writes their text (corpus/published/flow, made by make/make_flow.py): a
 * blank line after each cell's paragraph, channels typed one a line and names wrapped in the same cell, √ marks
 * side by side with nothing in unticked columns.
 */
class FlowExportTest {

    private static final CatalogReader READER = new CatalogReader(Mappings.builtIn());
    private static final Path FLOW = Path.of("corpus/published/flow");

    @Test
    void channelsOneALineAndWrappedNamesAreToldApart() throws Exception {
        Entry first = READER.read(FLOW.resolve("xczx_nanjiang.flow.txt")).entries().get(0);
        // 政府网站 ⏎ 政务服务中心 ⏎ 社区/企事业单 ⏎ 位/村公示栏（电 ⏎ 子屏）
        assertEquals(List.of("政府网站", "政务服务中心", "社区/企事业单位/村公示栏"), first.channels());
    }

    @Test
    void marksThatCannotBePlacedAreNotGuessed() throws Exception {
        CatalogDocument doc = READER.read(FLOW.resolve("xczx_nanjiang.flow.txt"));
        Entry first = doc.entries().get(0);
        // four √ under seven tick columns (全社会 特定群众 | 主动 依申请公开 | 县级 乡级 村级)
        assertEquals(List.of(), first.audience());
        assertEquals(List.of(), first.disclosureMode());
        assertEquals(List.of(), first.levels());
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.TICK_POSITION_UNKNOWN), doc.warnings().toString());
    }

    @Test
    void aThirdLevelColumnAndANoteInsideAChannelCellKeepTheRows() throws Exception {
        CatalogDocument doc = READER.read(FLOW.resolve("ggflfw_sanmen.flow.txt"));
        // every 三级事项 row read (before: 3 rows read, the 注： in row 1's channel cell taken for the note under the table)
        assertEquals(8, doc.entries().size());
        Entry first = doc.entries().get(0);
        assertEquals("法治宣传教育", first.category());
        assertEquals("法治宣传", first.item());
        assertEquals(Map.of("三级事项", "法律知识普及服务"), first.extra());
        assertEquals("注：有关公开信息可推送或归集至本省级法律服务网。", first.remarks());
    }

    @Test
    void aNoteThePdfDrewAfterTheRowsMarksStaysInItsRow() throws Exception {
        // row 6 prints 政府网站 … 其他法律服务网 ⏎ √ √ √ √ ⏎ 注：有关公开信息可推送… ⏎ 7 人民调解员: before, the note was
        // a ninth entry whose 二级事项 was the note, and its width (11) taken for the 二级事项 column's split the
        // wrapped 三级事项 of rows 2 and 5 (推广法治文 ⏎ 化服务) over two columns
        CatalogDocument doc = READER.read(FLOW.resolve("ggflfw_sanmen.flow.txt"));
        assertEquals(8, doc.entries().size());
        Entry sixth = doc.entries().get(5);
        assertEquals("人民调解组织", sixth.item());
        assertEquals("人民调解委员会名称、地址、联系方式", sixth.content());
        assertEquals("注：有关公开信息可推送或归集至本省级法律服务网。", sixth.remarks());
        Entry second = doc.entries().get(1);
        assertEquals("法治宣传", second.item());
        assertEquals(Map.of("三级事项", "推广法治文化服务"), second.extra());
    }

    @Test
    void oneMarkPerGroupIsNotReadAsTheFirstOptionWhereRowsCarryDifferentNumbersOfMarks() throws Exception {
        // tz_tuiyijunren: rows carry 3 or 4 √ under 全社会 特定群体 | 主动 依申请 | 县级 乡级. Rows 2, 3 and 12 have
        // one √ a group and are 特定群体 (12 also 乡级): before, read as 全社会 / 主动公开 / 县级
        CatalogDocument doc = READER.read(FLOW.resolve("tz_tuiyijunren.flow.txt"));
        for (int row : new int[]{2, 3, 12}) {
            Entry e = doc.entries().get(row - 1);
            assertEquals(List.of(), e.audience(), "row " + row);
            assertEquals(List.of(), e.disclosureMode(), "row " + row);
            assertEquals(List.of(), e.levels(), "row " + row);
        }
        assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.TICK_POSITION_GUESSED), doc.warnings().toString());
    }

    @Test
    void oneMarkPerGroupInEveryRowIsStillReadAsTheFirstOption() throws Exception {
        // seed 000: every row one √ under 全社会 / 特定群体
        CatalogDocument doc = READER.read(Path.of("corpus/000_81a0a872453b3846.txt"));
        assertTrue(doc.entries().stream().allMatch(e -> e.audience().equals(List.of("全社会"))));
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.TICK_POSITION_GUESSED), doc.warnings().toString());
    }

    @Test
    void aPortalFooterUnderAPrintedPageIsNoRow() throws Exception {
        // 网站地图 | 联系我们 主办单位：桐梓县人民政府 黔 ICP 备 12001234 号 after the last row
        CatalogDocument doc = READER.read(FLOW.resolve("tz_tuiyijunren.flow.txt"));
        assertEquals(12, doc.entries().size());
    }
}

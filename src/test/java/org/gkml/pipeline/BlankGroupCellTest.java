package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A portal page that writes a blank 一级事项 cell for "as above" instead of a rowspan: its items stay in the
 * group above, and one warning says so. A blank cell of any other column stays empty.
 */
class BlankGroupCellTest {

    @Test
    void aBlankCategoryCellKeepsTheGroupAbove(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容（要素）</td><td>公开依据</td><td>公开时限</td></tr>"
                + "<tr><td>1</td><td>公共卫生服务</td><td>基本公共卫生服务项目</td><td>项目内容、服务对象</td>"
                + "<td>《基本公共卫生服务规范》</td><td>20个工作日内</td></tr>"
                + "<tr><td>2</td><td></td><td>家庭医生签约服务</td><td>签约服务内容、收费标准</td><td></td><td>20个工作日内</td></tr>"
                + "<tr><td>3</td><td>医政管理</td><td>医疗机构执业登记</td><td>办事指南、办理结果</td>"
                + "<td>《医疗机构管理条例》</td><td>7个工作日内</td></tr>");
        assertEquals(List.of("公共卫生服务", "公共卫生服务", "医政管理"), doc.entries().stream().map(Entry::category).toList());
        assertEquals(null, doc.entries().get(1).basis());
        assertEquals(1, doc.warnings().stream().filter(w -> w.code() == WarningCode.BLANK_GROUP_CELL).count());
    }

    @Test
    void aBlankSeqInAGroupTakesTheGroupsNumberWhereTheCatalogNumbersGroups(@TempDir Path dir) throws Exception {
        // 序号 merged over each group; a browser's page break left the last group's cells blank below the cut
        CatalogDocument doc = TablePages.read(dir, "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容（要素）</td><td>公开时限</td></tr>"
                + "<tr><td rowspan=2>1</td><td rowspan=2>招生管理</td><td>招生政策</td><td>随迁子女入学办法</td><td>20个工作日内</td></tr>"
                + "<tr><td>招生范围</td><td>学区划分</td><td>20个工作日内</td></tr>"
                + "<tr><td>2</td><td>督导评估</td><td>均衡发展</td><td>督导评估结果</td><td>20个工作日内</td></tr>"
                + "<tr><td></td><td></td><td>督导报告</td><td>督导报告、整改情况</td><td>20个工作日内</td></tr>");
        assertEquals(List.of(1, 1, 2, 2), doc.entries().stream().map(Entry::seq).toList());
        assertEquals("督导评估", doc.entries().get(3).category());
    }

    @Test
    void aBlankSeqStaysBlankWhereEveryItemHasItsOwnNumber(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容（要素）</td><td>公开时限</td></tr>"
                + "<tr><td>1</td><td>督导评估</td><td>均衡发展</td><td>督导评估结果</td><td>20个工作日内</td></tr>"
                + "<tr><td></td><td></td><td>督导报告</td><td>督导报告、整改情况</td><td>20个工作日内</td></tr>");
        assertEquals(null, doc.entries().get(1).seq());
    }
}

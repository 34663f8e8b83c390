package org.gkml.extract.text;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A 序号 that numbers groups of 二级事项: each numbered row prints its 一级事项, which must not run into the 二级事项. */
class SeqNumbersGroupsTest {

    private static FlowTextReader.PlacedRow row(int seq, int... subRowColumns) {
        int n = subRowColumns.length + 1;
        int[] column = new int[n];
        FlowRowSolver.Move[] move = new FlowRowSolver.Move[n];
        column[0] = 1;
        move[0] = FlowRowSolver.Move.NEW_CELL;
        for (int i = 1; i < n; i++) {
            column[i] = subRowColumns[i - 1];
            move[i] = FlowRowSolver.Move.NEW_SUB_ROW;
        }
        return new FlowTextReader.PlacedRow(new Fragment(String.valueOf(seq), seq, true), List.of(),
                new FlowRowSolver.Placement(column, move), 0);
    }

    @Test
    void mostNumberedRowsOpeningSeveralItemsNumberGroups() {
        record Case(List<FlowTextReader.PlacedRow> rows, boolean groups) {
        }
        int item = 2;
        for (Case c : List.of(
                new Case(List.of(row(1, 2), row(2, 2), row(3)), true),
                new Case(List.of(row(1, 2), row(2), row(3)), false),             // one row in three
                new Case(List.of(row(1, 3), row(2, 3), row(3)), false),          // sub-rows of content lines, not of items
                new Case(List.of(row(1, 2, 2), row(2), row(3, 2), row(4)), false), // half is not most
                new Case(List.of(), false))) {
            assertEquals(c.groups(), SeqNumbersGroups.numbersGroups(c.rows(), item), c.toString());
        }
    }

    @Test
    void aGroupsFirstLevelOnTheSeqLineIsNotRunIntoTheSecond(@TempDir Path dir) throws Exception {
        // Layout a3 printed from Word and written by PDFBox: 序号 and 一级事项 merged over each group share a line,
        // the first 二级事项 follows on the next with no blank line between.
        String text = """
                江西省教育厅政府信息公开目录
                更新时间：2024 年 1 月
                序号 一级事项 二级事项 公开的内容 公开依据 公开时限 更新

                频率 公开渠道 所属“五公开”类型 责任处室 备注决策 执行 管理 服务 结果

                1 机构信息
                机构职能

                内设机构设置及职能、
                直属单位名称及联系方
                式

                《中华人民共和国政府信息公开
                条例》

                信息形成或变更
                之日起 20 个工
                作日内

                实时
                更新

                þ 门户网站 ¨政务新媒
                体 ¨新闻发布会 ¨政府
                公报 ¨其他

                √ 办公室

                领导信息 厅领导姓名、职务、简
                历及分工

                《中华人民共和国政府信息公开
                条例》

                信息形成或变更
                之日起 20 个工
                作日内

                实时
                更新

                þ 门户网站 ¨政务新媒
                体 ¨新闻发布会 ¨政府
                公报 ¨其他

                √ 办公室、人事
                处

                2 政策文件
                规范性文
                件

                厅制发的规范性文件全
                文及解读材料

                《中华人民共和国政府信息公开
                条例》《江西省行政规范性文件
                管理办法》

                文件印发之日起
                20 个工作日内

                实时
                更新

                þ 门户网站 þ 政务新媒
                体 ¨新闻发布会 ¨政府
                公报 ¨其他

                √ √ 政策法规处

                重大决策
                预公开

                决策草案、起草说明、
                征求意见情况及采纳情
                况

                《重大行政决策程序暂行条例》 征求意见期不少
                于三十日

                按需
                更新

                þ 门户网站 þ 政务新媒
                体 þ 新闻发布会 ¨政府
                公报 ¨其他

                √ 政策法规处 涉密事项不
                予公开

                3 教育统计 教育事业
                统计公报

                全省各级各类教育学校
                数、在校生数、专任教
                师数等主要指标

                《中华人民共和国统计法》 每年 6 月 30 日
                前 每年

                þ 门户网站 ¨政务新媒
                体 ¨新闻发布会 ¨政府
                公报 ¨其他

                √ 发展规划处
                """;
        Path file = dir.resolve("a3.flow.txt");
        Files.writeString(file, text);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        List<Entry> e = doc.entries().subList(0, 5);   // row 3's time limit (每年 6 月 30 日 ⏎ 前) still sets off a sub-row
        assertEquals(List.of("机构信息", "机构信息", "政策文件", "政策文件", "教育统计"), e.stream().map(Entry::category).toList());
        assertEquals(List.of("机构职能", "领导信息", "规范性文件", "重大决策预公开", "教育事业统计公报"), e.stream().map(Entry::item).toList());
    }
}

package org.gkml.mapping;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.gkml.table.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gkml.table.WarningCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item levels under the labels real catalogs print: bare 一级 / 二级 under 公开事项, 类别 / 事项, 事项类别 beside
 * 事项名称, a 三级 level, compound level ticks (乡、村级), 公开范围 and 公开时长. Rows are real wording (政府信息公开
 * 管理 group of a county bureau's catalog, 公共文化服务 and 社会救助 standard catalogs).
 */
class ItemLevelsTest {

    private static final String ROWS_UNDER_BARE_LEVELS = """
            <tr><td rowspan="2">序号</td><td colspan="2">公开事项</td><td rowspan="2">公开内容（要素）</td><td rowspan="2">公开时限</td></tr>
            <tr><td>%s</td><td>%s</td></tr>
            <tr><td>1</td><td rowspan="3">政府信息公开</td><td>政府信息公开管理</td><td>政府信息公开工作机构、制度</td><td rowspan="3">信息形成或变更之日起20个工作日内</td></tr>
            <tr><td>2</td><td>政府信息公开指南</td><td>公开指南</td></tr>
            <tr><td>3</td><td>政府信息公开年报</td><td>年度报告</td></tr>
            """;

    private static CatalogDocument read(Path dir, String tableRows) throws Exception {
        Path f = dir.resolve("catalog.html");
        Files.writeString(f, "<html><head><meta charset=\"utf-8\"></head><body><h1>某县民政局政府信息公开目录</h1><table border=\"1\">"
                + tableRows + "</table></body></html>");
        return new CatalogReader(Mappings.builtIn()).read(f);
    }

    private static List<String> items(CatalogDocument doc) {
        return doc.entries().stream().map(Entry::item).toList();
    }

    private static List<String> categories(CatalogDocument doc) {
        return doc.entries().stream().map(Entry::category).toList();
    }

    @Test
    void bareLevelSubLabelsUnderTheItemLabelAreCategoryAndItem(@TempDir Path dir) throws Exception {
        for (String[] labels : new String[][]{{"一级", "二级"}, {"一级目录", "二级"}, {"类别", "事项"}, {"大类", "小类"}}) {
            CatalogDocument doc = read(dir, ROWS_UNDER_BARE_LEVELS.formatted(labels[0], labels[1]));
            String what = String.join("/", labels);
            assertEquals(List.of("政府信息公开管理", "政府信息公开指南", "政府信息公开年报"), items(doc), what);
            assertEquals(List.of("政府信息公开", "政府信息公开", "政府信息公开"), categories(doc), what);
            assertEquals(List.of(1, 2, 3), doc.entries().stream().map(Entry::seq).toList(), what);
            assertEquals(List.of(), doc.warnings().stream().filter(w -> w.code() == WarningCode.BAD_SEQ).toList(), what);
        }
    }

    @Test
    void aRowWithItsOwnSeqIsNeverFoldedIntoTheRowAbove(@TempDir Path dir) throws Exception {
        // 二级事项 merged over two rows that each carry a 序号: two entries sharing the item, not one.
        CatalogDocument doc = read(dir, """
                <tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td rowspan="2">社会救助</td><td rowspan="2">最低生活保障</td><td>政策文件</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td>办事指南</td><td>20个工作日内</td></tr>
                """);
        assertEquals(2, doc.entries().size());
        assertEquals(List.of("最低生活保障", "最低生活保障"), items(doc));
        assertEquals(List.of("政策文件", "办事指南"), doc.entries().stream().map(Entry::content).toList());
    }

    @Test
    void aLoneItemColumnMergedOverNumberedRowsGroupsThem(@TempDir Path dir) throws Exception {
        // 重庆市交通运输领域基层政务公开标准目录: one 公开事项 column merged over each group's numbered rows, 公开内容
        // naming what each row publishes. The merged column is the rows' 一级事项, not their item.
        CatalogDocument doc = read(dir, """
                <tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td rowspan="2">公路水运工程基础设施</td><td>农村公路建设计划和补助政策信息</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td>农村公路项目设计文件审批的办理指南和办理结果</td><td>20个工作日内</td></tr>
                <tr><td>3</td><td rowspan="2">道路运输</td><td>道路旅客运输经营许可的办事指南和办理结果</td><td>20个工作日内</td></tr>
                <tr><td>4</td><td>道路运输违法行为行政处罚结果</td><td>7个工作日内</td></tr>
                """);
        assertEquals(List.of("公路水运工程基础设施", "公路水运工程基础设施", "道路运输", "道路运输"), categories(doc));
        assertEquals(Arrays.asList(null, null, null, null), items(doc));
    }

    @Test
    void aKindWithNoItemColumnIsTheFirstLevel(@TempDir Path dir) throws Exception {
        // a township's older 政务公开目录: 类别 | 公开内容 | 公开形式 | 公开时限, no item level at all
        CatalogDocument doc = read(dir, """
                <tr><td>类别</td><td>公开内容</td><td>公开形式</td><td>公开时限</td></tr>
                <tr><td>机构职能类</td><td>镇政府领导职责分工、各部门主要职能</td><td>政务公开栏</td><td>长期公开</td></tr>
                <tr><td>财务收支情况</td><td>镇财政的预算和决算</td><td>财务公开栏</td><td>及时公开</td></tr>
                """);
        assertEquals(List.of("机构职能类", "财务收支情况"), categories(doc));
        assertEquals(Arrays.asList(null, null), doc.entries().stream().map(Entry::domain).toList());
    }

    @Test
    void aLoneItemColumnWithACellOnEveryRowStaysTheItem(@TempDir Path dir) throws Exception {
        // 涉农资金 catalog: one 公开事项 a row; and one 二级事项 merged over two numbered rows names its level itself
        CatalogDocument doc = read(dir, """
                <tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td>政策文件</td><td>涉农资金相关文件</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td>资金明细</td><td>涉农相关资金明细</td><td>20个工作日内</td></tr>
                """);
        assertEquals(List.of("政策文件", "资金明细"), items(doc));
        assertEquals(Arrays.asList(null, null), categories(doc));
        CatalogDocument second = read(dir, """
                <tr><td>序号</td><td>二级事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td rowspan="2">最低生活保障</td><td>政策文件</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td>办事指南</td><td>20个工作日内</td></tr>
                """);
        assertEquals(List.of("最低生活保障", "最低生活保障"), items(second));
    }

    @Test
    void aFinerLevelRowWhoseMergedCellsAPageBreakCutBlankStaysUnderTheItemAbove(@TempDir Path dir) throws Exception {
        // a Word table printed to PDF draws the merged 一级 / 二级 cells again, empty, on the next page
        CatalogDocument doc = read(dir, """
                <tr><td>一级事项</td><td>二级事项</td><td>三级事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>重大决策预公开</td><td>重大决策预公开</td><td>意见征集</td><td>征求意见公告及草案</td><td>不少于30日</td></tr>
                <tr><td></td><td></td><td>意见反馈</td><td>意见采纳情况及理由</td><td>决策作出后20个工作日内</td></tr>
                """);
        assertEquals(List.of("重大决策预公开", "重大决策预公开"), items(doc));
        assertEquals(List.of("重大决策预公开", "重大决策预公开"), categories(doc));
        assertEquals(Map.of("三级事项", "意见反馈"), doc.entries().get(1).extra());
    }

    @Test
    void aKindBesideAnItemNameIsTheCategoryOfThatItem(@TempDir Path dir) throws Exception {
        // 公开类别 alone reads as 领域 and 事项名称 as 一级事项: with no finer column, 事项名称 names the items
        CatalogDocument doc = read(dir, """
                <tr><td>序号</td><td>公开类别</td><td>事项名称</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td>机构信息</td><td>机构职能</td><td>主要职责、内设机构</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td>机构信息</td><td>领导信息</td><td>领导简历</td><td>20个工作日内</td></tr>
                """);
        assertEquals(List.of("机构职能", "领导信息"), items(doc));
        assertEquals(List.of("机构信息", "机构信息"), categories(doc));
        // a column labelled as the first level stays the first level
        CatalogDocument first = read(dir, """
                <tr><td>序号</td><td>公开类别</td><td>一级事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td>机构信息</td><td>机构职能</td><td>主要职责、内设机构</td><td>20个工作日内</td></tr>
                """);
        assertEquals(List.of("机构职能"), categories(first));
    }

    @Test
    void aKindBesideAnItemWithNoFirstLevelColumnIsTheFirstLevel(@TempDir Path dir) throws Exception {
        // 类别 reads as 领域, 名称 as the item; with no 一级事项 column the 类别 is the only grouping, so the first level
        for (String kind : List.of("类别", "领域", "分类")) {
            CatalogDocument doc = read(dir, """
                    <tr><td>序号</td><td>%s</td><td>名称</td><td>内容</td><td>时限</td></tr>
                    <tr><td>1</td><td rowspan="2">人民调解</td><td>人民调解组织</td><td>人民调解员姓名、所在调解组织</td><td>20个工作日内</td></tr>
                    <tr><td>2</td><td>人民调解工作</td><td>调解工作制度、程序</td><td>20个工作日内</td></tr>
                    """.formatted(kind));
            assertEquals(List.of("人民调解组织", "人民调解工作"), items(doc), kind);
            assertEquals(List.of("人民调解", "人民调解"), categories(doc), kind);
            assertEquals(Arrays.asList(null, null), doc.entries().stream().map(Entry::domain).toList(), kind);
        }
    }

    @Test
    void anUnknownSubLabelIsAWarning(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, ROWS_UNDER_BARE_LEVELS.formatted("甲栏", "乙栏"));
        List<Warning> unknown = doc.warnings().stream().filter(w -> w.code() == WarningCode.UNKNOWN_SUB_LABEL).toList();
        assertEquals(2, unknown.size(), doc.warnings().toString());
        assertTrue(unknown.get(0).message().contains("甲栏"), unknown.get(0).message());
        assertEquals(3, doc.entries().size());
    }

    @Test
    void aThirdLevelIsKeptUnderExtraByItsNameAndItsHeaderRepeatedOnANewPageIsNoItem(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <tr><td colspan="3">公开事项</td><td rowspan="2">公开内容</td><td rowspan="2">公开范围</td></tr>
                <tr><td>一级事项</td><td>二级事项</td><td>三级</td></tr>
                <tr><td rowspan="2">机构信息</td><td rowspan="2">信息公开</td><td>政府信息公开指南</td><td>政府信息的分类、编排体系、获取方式</td><td>全社会</td></tr>
                <tr><td>政府信息公开目录</td><td>政府信息的索引、名称、内容概述、生成日期</td><td>全社会</td></tr>
                <tr><td>一级事项</td><td>二级事项</td><td>三级</td><td>公开内容</td><td>公开范围</td></tr>
                """);
        assertEquals(2, doc.entries().size());
        assertEquals(Map.of("三级事项", "政府信息公开指南"), doc.entries().get(0).extra());
        assertEquals(Map.of("三级事项", "政府信息公开目录"), doc.entries().get(1).extra());
        assertEquals(List.of("信息公开", "信息公开"), items(doc));
        assertEquals(List.of("全社会"), doc.entries().get(1).audience());
    }

    @Test
    void itemCategoryBesideItemNameAreCategoryAndItem(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <tr><td>事项类别</td><td>事项名称</td><td>公开内容</td><td>公开时长</td><td>公开渠道</td></tr>
                <tr><td>机构职能</td><td>领导信息</td><td>领导姓名、职务、分工</td><td>长期</td><td>政府网站</td></tr>
                <tr><td>机构职能</td><td>内设机构设置</td><td>内设机构名称、职责</td><td>任期内</td><td>政府网站</td></tr>
                """);
        assertEquals(List.of("领导信息", "内设机构设置"), items(doc));
        assertEquals(List.of("机构职能", "机构职能"), categories(doc));
        assertEquals(Map.of("公开时长", "长期"), doc.entries().get(0).extra());
    }

    @Test
    void anItemLabelMergedOverTwoColumnsHoldsTheItemInBoth(@TempDir Path dir) throws Exception {
        // a sheet whose 事项名称 header and cells are merged over two grid columns (a web page imported into a sheet)
        CatalogDocument doc = read(dir, """
                <tr><td>序号</td><td>事项类别</td><td colspan="2">事项名称</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td>出生登记</td><td colspan="2">新生儿出生登记</td><td>办理条件、所需材料</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td>注销登记</td><td colspan="2">死亡注销</td><td>办理条件、所需材料</td><td>20个工作日内</td></tr>
                """);
        assertEquals(List.of("新生儿出生登记", "死亡注销"), items(doc));
        assertEquals(List.of("出生登记", "注销登记"), categories(doc));
    }

    @Test
    void itemNamePrintedBeforeItsCategoryIsStillTheItem(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <tr><td>事项名称</td><td>事项类别</td><td>公开内容</td><td>公开依据</td><td>公开渠道</td></tr>
                <tr><td>法治政府建设年度报告</td><td>年度报告</td><td>主要举措和成效</td><td>《法治政府建设与责任落实督察工作规定》</td><td>政府网站</td></tr>
                <tr><td>人民调解</td><td>公共法律服务</td><td>人民调解委员会名称、地址</td><td>《中华人民共和国人民调解法》</td><td>政府网站</td></tr>
                """);
        assertEquals(List.of("法治政府建设年度报告", "人民调解"), items(doc));
        assertEquals(List.of("年度报告", "公共法律服务"), categories(doc));
    }

    @Test
    void compoundLevelTicksAreLevelsAsPrintedAndTwoDisclosureLabelsMapBySubLabels(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <tr><td rowspan="2">序号</td><td rowspan="2">二级事项</td><td rowspan="2">公开时限</td><td colspan="2">公开方式</td><td colspan="2">公开方式</td></tr>
                <tr><td>主动</td><td>依申请</td><td>县级</td><td>乡、村<br>级</td></tr>
                <tr><td>1</td><td>文化馆免费开放服务</td><td>20个工作日内</td><td>√</td><td></td><td></td><td>√</td></tr>
                <tr><td>2</td><td>公共图书馆免费开放服务</td><td>20个工作日内</td><td>√</td><td></td><td>√</td><td>√</td></tr>
                """);
        assertEquals(List.of("乡、村级"), doc.entries().get(0).levels());
        assertEquals(List.of("县级", "乡、村级"), doc.entries().get(1).levels());
        assertEquals(List.of("主动公开"), doc.entries().get(1).disclosureMode());
    }

    @Test
    void anItemLabelPrintedOnceOverTwoColumnsIsCategoryAndItem(@TempDir Path dir) throws Exception {
        for (String label : List.of("公开事项", "事项名称")) {
            CatalogDocument doc = read(dir, """
                    <tr><td>序号</td><td colspan="2">%s</td><td>公开内容</td><td>公开时限</td></tr>
                    <tr><td>1</td><td rowspan="2">政府信息公开</td><td>政府信息公开指南</td><td>公开指南</td><td>20个工作日内</td></tr>
                    <tr><td>2</td><td>政府信息公开年报</td><td>年度报告</td><td>20个工作日内</td></tr>
                    """.formatted(label));
            assertEquals(List.of("政府信息公开指南", "政府信息公开年报"), items(doc), label);
            assertEquals(List.of("政府信息公开", "政府信息公开"), categories(doc), label);
        }
        // a body writing one text across both columns holds one field
        CatalogDocument one = read(dir, """
                <tr><td>序号</td><td colspan="2">公开事项</td><td>公开内容</td><td>公开时限</td></tr>
                <tr><td>1</td><td colspan="2">政府信息公开指南</td><td>公开指南</td><td>20个工作日内</td></tr>
                <tr><td>2</td><td colspan="2">政府信息公开年报</td><td>年度报告</td><td>20个工作日内</td></tr>
                """);
        assertEquals(List.of("政府信息公开指南", "政府信息公开年报"), items(one));
    }

    @Test
    void anyPlaceUnderTheLevelsLabelIsALevelAsPrinted(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <tr><td rowspan="2">序号</td><td rowspan="2">二级事项</td><td rowspan="2">公开时限</td><td colspan="3">公开层级</td></tr>
                <tr><td>县级</td><td>乡镇（街道）<br>级</td><td>村（社区）级</td></tr>
                <tr><td>1</td><td>最低生活保障政策文件</td><td>20个工作日内</td><td>√</td><td>√</td><td></td></tr>
                <tr><td>2</td><td>最低生活保障对象名单</td><td>20个工作日内</td><td></td><td>√</td><td>√</td></tr>
                """);
        assertEquals(List.of("县级", "乡镇（街道）级"), doc.entries().get(0).levels());
        assertEquals(List.of("乡镇（街道）级", "村（社区）级"), doc.entries().get(1).levels());
        assertEquals(List.of(), doc.warnings().stream().filter(w -> w.code() == WarningCode.UNKNOWN_SUB_LABEL).toList());
    }
}

package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.Field;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlowHeaderTest {

    private static List<Fragment> pieces(String... texts) {
        List<Fragment> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new Fragment(texts[i], i + 1, true));
        return out;
    }

    @Test
    void gluesWrappedLabelsAndLaysOutGroups() {
        // 001's header as the text flow gives it: one to four characters a line.
        List<Fragment> f = pieces("序", "号", "公开事项", "公开内容", "（要素）", "公开依", "据", "公开时限", "公", "开", "主", "体",
                "公开渠道和载体", "所属“五公开”", "类型", "网站所", "属栏目", "备", "注", "一级", "事项", "二级事项", "主动", "公开",
                "依", "申", "请", "决", "策", "执", "行", "管", "理", "服", "务", "结", "果", "1", "机构");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        List<FlowHeader.Label> labels = h.labels(f, 0);
        assertEquals(List.of("序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "所属“五公开”类型", "网站所属栏目", "备注", "一级事项", "二级事项", "主动公开", "依申请", "决策", "执行", "管理",
                "服务", "结果"), labels.stream().map(FlowHeader.Label::text).toList());
        List<FlowHeader.Column> cols = h.columns(labels);
        assertEquals(List.of("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "主动公开", "依申请", "决策", "执行", "管理", "服务", "结果", "网站所属栏目", "备注"),
                cols.stream().map(FlowHeader.Column::label).toList());
        assertEquals(Field.DISCLOSURE_MODE, cols.get(8).field());
        assertEquals("主动公开", cols.get(8).option());
        assertEquals("依申请公开", cols.get(9).option());
        assertEquals(Field.PUBLICITY_TYPE, cols.get(10).field());
        assertEquals("所属“五公开”类型", cols.get(10).parent());
    }

    @Test
    void sharedLinesOfAPdfHeader() {
        // 000: several labels on one line, the sub-row last.
        List<Fragment> f = pieces("序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开渠道和载体", "公开对象", "责任部门",
                "一级事项", "二级事项", "全社会", "特定群体");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        List<FlowHeader.Column> cols = h.columns(h.labels(f, 0));
        assertEquals(List.of("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开渠道和载体", "全社会",
                "特定群体", "责任部门"), cols.stream().map(FlowHeader.Column::label).toList());
        assertEquals(Field.AUDIENCE, cols.get(8).field());
        assertEquals("特定群体", cols.get(8).option());
        assertEquals(Field.RESPONSIBLE, cols.get(9).field());
    }

    @Test
    void anUnknownOuterLabelTakesTheGroupsPrintedBelowIt() {
        // Three header rows: 公开属性 (named by no column) over 公开对象 / 公开方式 over their ticks.
        List<Fragment> f = pieces("序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载", "体",
                "公开属性", "责任科室", "一级事项", "二级事项", "公开对象", "公开方式", "全社会", "特定群", "体", "主动", "依申请",
                "1", "机构信息");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        List<FlowHeader.Column> cols = h.columns(h.labels(f, 0));
        assertEquals(List.of("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "全社会", "特定群体", "主动", "依申请", "责任科室"), cols.stream().map(FlowHeader.Column::label).toList());
        assertEquals("公开对象", cols.get(8).parent());
        assertEquals("公开方式", cols.get(10).parent());
    }

    @Test
    void aHeaderRepeatingOurLabelsStartsWithOneOfThem() {
        List<Fragment> f = pieces("序", "号", "公开事项", "公开内容", "（要素）", "公开依", "据", "1", "机构");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        java.util.Set<String> ours = new java.util.HashSet<>();
        for (FlowHeader.Label l : h.labels(f, 0)) ours.add(l.text());
        assertEquals(java.util.Set.of("序号", "公开事项", "公开内容（要素）", "公开依据"), ours);
        for (int i = 0; i < f.size(); i++) {
            List<FlowHeader.Label> found = h.labels(f, i);
            boolean repeat = !found.isEmpty() && ours.contains(found.get(0).text());
            assertEquals(repeat, FlowHeader.startsWithOneOf(f, i, ours), "from piece " + i + " " + f.get(i).text());
        }
        org.junit.jupiter.api.Assertions.assertTrue(FlowHeader.startsWithOneOf(f, 5, ours));   // 公开依 + 据
        org.junit.jupiter.api.Assertions.assertFalse(FlowHeader.startsWithOneOf(f, 6, ours));  // 据 alone
    }

    @Test
    void aThirdItemLevelIsAColumnUnderItsGroupAndARepeatedGroupLabelTakesTheTicksLeft() {
        // ggflfw_sanmen as Tika writes its PDF: 三级事项 under 公开事项, 公开方式 printed twice (the second over 县级 / 乡、村级).
        List<Fragment> f = pieces("序", "号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主", "体", "公开渠道和载体",
                "公开对象", "公开方式", "公开方式", "一级事项", "二级事项", "三级事项", "全", "社", "会", "特", "定", "群", "众", "主", "动",
                "依申", "请公", "开", "县", "级", "乡", "、", "村", "级", "1");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        List<FlowHeader.Column> cols = h.columns(h.labels(f, 0));
        assertEquals(List.of("序号", "一级事项", "二级事项", "三级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "全社会", "特定群众", "主动", "依申请公开", "县级", "乡、村级"), cols.stream().map(FlowHeader.Column::label).toList());
        assertEquals("公开事项", cols.get(3).parent());
        assertEquals("公开方式", cols.get(13).parent());
        assertEquals(Field.LEVELS, cols.get(13).field());
        assertEquals(Field.LEVELS, cols.get(14).field());
        // 二级事项 is merged over its 三级 rows like a 一级事项; 三级事项 is what each row has
        assertEquals(List.of(false, false, true, false, false), java.util.stream.IntStream.range(0, 5)
                .mapToObj(c -> FlowHeader.hasFinerLevelRight(cols, c)).toList());
    }

    @Test
    void twoLabelsRunTogetherAreTwoColumns() {
        // A Word table's PDF as PDFBox writes it: the top row's last label and the lower row's first one in one
        // piece, no space between them (seed 001 and layout a3 printed from Word).
        List<Fragment> f = pieces("序号", "公开事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "所属“五公开”类型", "网站所属栏目", "备注一级事项", "二级事项", "主动公开", "依申请", "决策", "执行", "管理", "服务", "结果");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        List<FlowHeader.Column> cols = h.columns(h.labels(f, 0));
        assertEquals(List.of("序号", "一级事项", "二级事项", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体",
                "主动公开", "依申请", "决策", "执行", "管理", "服务", "结果", "网站所属栏目", "备注"),
                cols.stream().map(FlowHeader.Column::label).toList());
        List<Fragment> g = pieces("序号", "一级事项", "二级事项", "公开的内容", "公开依据", "公开时限", "更新", "频率", "公开渠道",
                "所属“五公开”类型", "责任处室", "备注决策", "执行", "管理", "服务", "结果");
        List<FlowHeader.Column> five = h.columns(h.labels(g, 0));
        assertEquals(List.of("决策", "执行", "管理", "服务", "结果"), five.stream().filter(FlowHeader.Column::isTick)
                .map(FlowHeader.Column::label).toList());
        assertEquals("备注", five.get(five.size() - 1).label());
        // the second label wrapped on over the next piece (004 as Word prints it)
        List<Fragment> w = pieces("序号", "事项名称", "公开内容", "公开", "主体", "公开时限", "公开", "方式", "公开渠道", "公开责任一级事",
                "项", "二级事项");
        assertEquals(List.of("序号", "一级事项", "二级事项", "公开内容", "公开主体", "公开时限", "公开方式", "公开渠道", "公开责任"),
                h.columns(h.labels(w, 0)).stream().map(FlowHeader.Column::label).toList());
    }

    @Test
    void anUnseenVariantLeavesTheNextLabelItsFirstPieces() {
        // Layout a1 printed from Word: 信息公开 ⏎ 责任科室 (a variant of 责任科室) over 公 ⏎ 开 ⏎ 方 ⏎ 式, set one
        // character a line; glued on to 公 ⏎ 开 it is still a variant, but those pieces begin 公开方式.
        List<Fragment> f = pieces("序", "号", "公开事项", "公开内容和标准", "公开依据", "公开时限", "公开渠道", "信息公开", "责任科室",
                "公", "开", "方", "式", "备注");
        FlowHeader h = new FlowHeader(Mappings.builtIn().headers(), Mappings.builtIn().options());
        List<FlowHeader.Column> cols = h.columns(h.labels(f, 0));
        assertEquals(List.of("序号", "公开事项", "公开内容和标准", "公开依据", "公开时限", "公开渠道", "信息公开责任科室", "公开方式", "备注"),
                cols.stream().map(FlowHeader.Column::label).toList());
        assertEquals(Field.DISCLOSURE_MODE, cols.get(7).field());
    }

    @Test
    void aPieceSplitsOnlyIntoTwoKnownLabels() {
        java.util.Set<String> known = java.util.Set.of("备注", "一级事项", "决策", "公开内容", "主动公开", "依申请公开");
        record Case(String piece, int at) {
        }
        for (Case c : List.of(new Case("备注一级事项", 2), new Case("备注决策", 2), new Case("主动公开依申请公开", 4),
                new Case("公开内容", -1),          // a label whole is not split
                new Case("公开内容要素", -1),      // the rest is no label
                new Case("注决策", -1))) {          // a one-character half is a wrapped label's piece
            assertEquals(c.at(), RunTogetherLabels.splitAt(c.piece(), known::contains, known::contains), c.piece());
        }
    }
}

package org.gkml.vocabulary;

import org.gkml.catalog.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeaderLexiconTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "序号,seq",
            "公开内容（要素）,content",
            "'公开内容\n（要素）',content",
            "公 开 主 体,subject",
            "所属“五公开”类型,publicity_type",
            // variants never listed: their HanLP words cover a listed label's
            "信息公开责任科室,responsible",
            "公开的内容,content",
            "公开内容和标准,content",
            "具体公开时限,time_limit",
            // the column of what is published where a catalog has no 公开内容 column (公开事项名称 | 公开标准 | …)
            "公开标准,content",
    })
    void mapsLabelsAndUnseenVariants(String label, String field) {
        var m = Mappings.builtIn().headers().match(label);
        assertTrue(m.isPresent(), label + " maps to nothing");
        assertEquals(Field.ofKey(field), m.get().field());
    }

    /** Labels seen on county pages that read as nothing, or only as a low-confidence word cover, before they were listed. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"序列号,seq", "目录类别,category", "事项分类,category", "子项,item", "具体事项,item",
            "政策依据,basis", "设定依据,basis", "法律法规依据,basis", "时限要求,time_limit", "更新时限,time_limit",
            "公开时间要求,time_limit", "责任主体,subject", "公开单位,subject", "发布主体,subject", "信息公开主体,subject",
            "发布渠道,channels", "公开平台,channels", "牵头科室,responsible", "说明,remarks",
            "排序,seq", "NO.,seq", "No.,seq", "目录名称,item", "内容摘要,content", "公开依据文件,basis", "制度依据,basis",
            "时效要求,time_limit", "实施主体,subject", "公开部门,subject", "信息生成单位,subject", "信息制作单位,subject",
            "公开方式及渠道,channels", "公开渠道及方式,channels", "公开方式和途径,channels", "公开级别,levels", "业务科室,responsible"})
    void labelsSeenOnCountyPagesMapOutright(String label, String field) {
        var m = Mappings.builtIn().headers().match(label);
        assertTrue(m.isPresent(), label + " maps to nothing");
        assertEquals(Field.ofKey(field), m.get().field());
        assertTrue(m.get().confidence() >= HeaderLexicon.VARIANT_CONFIDENCE, label + " maps only by a word cover");
    }

    @ParameterizedTest(name = "{0} is not a header")
    @CsvSource({"机构信息", "办公室", "《中华人民共和国政府信息公开条例》"})
    void ordinaryCellTextIsNoHeader(String text) {
        assertTrue(Mappings.builtIn().headers().match(text).isEmpty(), text);
    }
}

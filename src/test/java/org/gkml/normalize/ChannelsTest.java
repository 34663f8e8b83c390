package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelsTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    private static final String JINFENG = "■银川市金凤区人民政\n\n府门户网站\n\n□两微一端\n\n□政府公报 □发布会\n\n/听证会\n\n□广播电视 □报刊\n\n"
            + "□公开查阅点 □政务服\n\n务中心\n\n□便民服务站 □入户/\n\n现场\n\n□社区（村）/企事业单\n\n位公示栏\n\n□精准推送（注明）\n\n□其他（注明）";
    private static final String DAWUKOU_19 = "■政府网站   □两微一端 □政府公报     □发布会/听证会 □广播电视  □报刊\n□公开查阅点    □政务服务中心\n\n"
            + "□便民服务站    □入户/现场\n\n■社区（村）/企事业单位公示栏\n\n□精准推送    □其他（注明）";
    private static final String TEMPLATE_003 = "■部门网站\n■政务服务中心（根据各地市实际情况公开）\n■两微一端                                            ";
    private static final String PROVINCE_1 = "\uF06E政府网站        \uF06F政府公报\n(政务新媒体      \uF06F广播电视  \n\uF06F纸质媒体        \uF06F实体公开栏\n"
            + "(政务公开专区\n(获取权限可控的信息平台\n(办事大厅        (便民服务窗口\n\uF06F档案馆          \uF06F图书馆\n\uF06F其他          ";
    private static final String PROVINCE_8 = "(政府网站        \uF06F政府公报\n(政务新媒体      (广播电视  \n\uF06F纸质媒体        \uF06F实体公开栏\n"
            + "(政务公开专区\n(获取权限可控的信息平台\n\uF06F办事大厅        \uF06F便民服务窗口\n\uF06F档案馆          \uF06F图书馆\n\uF06F其他          ";

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of(JINFENG, List.of("银川市金凤区人民政府门户网站"), null),
                Arguments.of(DAWUKOU_19, List.of("政府网站", "社区（村）/企事业单位公示栏"), null),
                Arguments.of(TEMPLATE_003, List.of("部门网站", "政务服务中心", "两微一端"), null),
                Arguments.of(PROVINCE_1, List.of("政府网站", "政务新媒体", "政务公开专区", "获取权限可控的信息平台", "办事大厅", "便民服务窗口"), null),
                Arguments.of(PROVINCE_8, List.of("政府网站", "政务新媒体", "广播电视", "政务公开专区", "获取权限可控的信息平台"), null),
                Arguments.of("þ政府网站 ¨政务微博 þ政务服务中心（窗口）", List.of("政府网站", "政务服务中心"), null),
                Arguments.of("☑政府网站 ☐报刊", List.of("政府网站"), null),
                Arguments.of("□政府网站 □报刊", List.of(), null),
                // 口 typed for □, and Wingdings boxes left as the letters the font draws them from
                Arguments.of("■政府网站\n口两微一端\n□广播电视\n口公开查阅点 口便民服务站", List.of("政府网站"), null),
                Arguments.of("■政府网站 口两微一端 ■公开查阅点", List.of("政府网站", "公开查阅点"), null),
                // a narrow PDF column wraps between a stand-in box and its name
                Arguments.of("■政府网站\n■社区/企事\n业单位/村\n公示栏（电\n子屏） 口\n精准推送\n口其他", List.of("政府网站", "社区/企事业单位/村公示栏"), null),
                Arguments.of("t政府网站□政府公报\n□两微一端□发布会/听证会\nt社区/企事业单位/村公示栏（电子屏）",
                        List.of("政府网站", "社区/企事业单位/村公示栏"), null),
                Arguments.of("n政府网站 o政务微博\nn政务服务中心", List.of("政府网站", "政务服务中心"), null),
                Arguments.of("R政府网站 £政府公报", List.of("政府网站"), null),
                // …but only where a box stands: a lone stand-in, or one inside a name, is text
                Arguments.of("口岸管理网站", List.of("口岸管理网站"), null),
                Arguments.of("政府网站、人口信息平台", List.of("政府网站", "人口信息平台"), null),
                Arguments.of("■政府网站 □人口信息平台", List.of("政府网站"), null),
                // ◆ / ◇ as a county catalog marks its channel list (corpus/published/word/cxgh_rucheng.xlsx)
                Arguments.of("◆政府网站 ◇政府公报 ◇两微一端\n◇发布会/听证会 ◆广播电视 ◇纸质媒体", List.of("政府网站", "广播电视"), null),
                // the template's notice board named alone keeps its slashes (corpus/published/word/xczx_nanjiang.docx)
                Arguments.of("社区/企事业单位/村公示栏（电子屏）", List.of("社区/企事业单位/村公示栏"), null),
                // as OCR spaces the remark's brackets, wrapped, with a channel after it (corpus/scans ggflfw_sanmen.scan200)
                Arguments.of("入户/现场\n社区/企事业单位/村公示\n栏 (电子屏 )\n其他法律服务网",
                        List.of("入户/现场", "社区/企事业单位/村公示栏", "其他法律服务网"), null),
                // plain mode
                Arguments.of("政府网站“机构信息”栏目", List.of("政府网站"), "机构信息"),
                Arguments.of("政府网站“重大决策预公开\n\n”栏目", List.of("政府网站"), "重大决策预公开"),
                Arguments.of("政府网站“政府集中采购\n\n”“建议提案办理”栏目", List.of("政府网站"), "政府集中采购、建议提案办理"),
                Arguments.of("政府网站、政务新媒体；政府公报", List.of("政府网站", "政务新媒体", "政府公报"), null),
                Arguments.of("政府网站\n政务服务中心\n两微一端", List.of("政府网站", "政务服务中心", "两微一端"), null),
                Arguments.of("政府网站/政务新媒体", List.of("政府网站", "政务新媒体"), null),
                Arguments.of("发布会/听证会", List.of("发布会/听证会"), null),
                Arguments.of("区政府门户网\n站、公示栏（大厅）", List.of("区政府门户网站", "公示栏"), null),
                Arguments.of("（根据情况）", List.of("（根据情况）"), null),
                // one channel a line, as typed in Word or a tab-text export
                Arguments.of("政府网站\n两微一端\n村（社区）公示栏", List.of("政府网站", "两微一端", "村（社区）公示栏"), null),
                Arguments.of("政府网站\n山东政务服务网\n入户/现场", List.of("政府网站", "山东政务服务网", "入户/现场"), null),
                Arguments.of("政府网站\r\n\r\n微信公众号\r\n电子显示屏", List.of("政府网站", "微信公众号", "电子显示屏"), null),
                // a PDF wraps a long name at the column's width: the break is no separator
                Arguments.of("政府网站\n政务服务\n中心", List.of("政府网站", "政务服务中心"), null),
                Arguments.of("村（社区）公示\n栏\n两微一端", List.of("村（社区）公示栏", "两微一端"), null),
                Arguments.of("政府门户网\n站", List.of("政府门户网站"), null),
                // numbered lists lose their numbers
                Arguments.of("1.政府网站；2.其他", List.of("政府网站", "其他"), null),
                Arguments.of("1、政府网站\n2、政务新媒体", List.of("政府网站", "政务新媒体"), null),
                Arguments.of("（1）政府网站（2）政务新媒体（3）其他", List.of("政府网站", "政务新媒体", "其他"), null),
                Arguments.of("①政府网站②公示栏", List.of("政府网站", "公示栏"), null),
                Arguments.of("12345政务服务便民热线", List.of("12345政务服务便民热线"), null),
                // a quoted name before a channel's kind names that channel, not a website column
                Arguments.of("政府网站、“宜良卫健”微信公众号", List.of("政府网站", "“宜良卫健”微信公众号"), null),
                Arguments.of("“i宜良”APP", List.of("“i宜良”APP"), null),
                Arguments.of("政府网站、“宜良卫健”微信\n公众号", List.of("政府网站", "“宜良卫健”微信公众号"), null),
                Arguments.of("县政府门户网站“政务公开”专栏", List.of("县政府门户网站"), "政务公开"),
                // names typed with one space between them; a space inside one name stays
                Arguments.of("政府网站 政务微信 政务微博", List.of("政府网站", "政务微信", "政务微博"), null),
                Arguments.of("县政府 门户网站", List.of("县政府 门户网站"), null));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void readsSelectedChannels(String cell, List<String> selected, String webColumn) {
        ChannelReading r = VOCABULARY.channels().parse(cell);
        assertEquals(selected, r.selected());
        assertEquals(webColumn, r.webColumn());
    }

    @Test
    void knownNamesRunTogetherAreSeparateChannels() {
        // A Word cell's names typed one a paragraph, as Writer's PDF gives them to PDFBox: nothing between them.
        record Case(String cell, List<String> channels) {
        }
        for (Case c : List.of(
                new Case("政府网站政务服务中心社区/企事业单位/村公示栏（电子屏）", List.of("政府网站", "政务服务中心", "社区/企事业单位/村公示栏")),
                new Case("政府网站两微一端公示栏", List.of("政府网站", "两微一端", "公示栏")),
                new Case("政府门户网站", List.of("政府门户网站")),                 // one known name whole
                new Case("县政府门户网站", List.of("县政府门户网站")),             // not all of it known: as printed
                new Case("入户/现场", List.of("入户/现场")))) {
            assertEquals(c.channels(), VOCABULARY.channels().parse(c.cell()).selected(), c.cell());
        }
    }

    @Test
    void blankCellHasNoChannels() {
        assertEquals(ChannelReading.EMPTY, VOCABULARY.channels().parse(null));
        assertEquals(ChannelReading.EMPTY, VOCABULARY.channels().parse("\u3000\n"));
    }

    @Test
    void warnsAboutSeveralWebColumns() {
        assertFalse(VOCABULARY.channels().parse("政府网站“政府集中采购”“建议提案办理”栏目").warnings().isEmpty());
        assertTrue(VOCABULARY.channels().parse("政府网站“机构信息”栏目").warnings().isEmpty());
    }

    @Test
    void bracketInsideAPlainCellIsNoCheckbox() {
        // without box marks a "(" is only a bracket: its trailing remark is dropped, nothing is "selected" by it
        assertEquals(List.of("政府网站", "报刊"), VOCABULARY.channels().parse("政府网站(www.gov.cn)、报刊").selected());
    }

    @Test
    void aRemarkInTheCellIsNoChannelOnceTakenOff() {
        // EntryNormalizer takes the remark off (CellRemark) before the names are read
        CellRemark.Split split = VOCABULARY.remarks().split("政府网站\n其他法律服务网 注：有关公开信息可推送至村（社区）公示栏");
        assertEquals(List.of("政府网站", "其他法律服务网"), VOCABULARY.channels().parse(split.body()).selected());
        assertEquals("注：有关公开信息可推送至村（社区）公示栏", split.remark());
    }
}

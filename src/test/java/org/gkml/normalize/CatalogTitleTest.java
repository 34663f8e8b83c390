package org.gkml.normalize;

import org.gkml.table.Provenance;
import org.gkml.table.TextLine;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The title among hand-built preamble lines, and the body and domain it names. */
class CatalogTitleTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    private final CatalogTitle titles = VOCABULARY.titles();

    private static List<TextLine> lines(String... texts) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new TextLine(texts[i], Provenance.ofLine("t.txt", i + 1)));
        return out;
    }

    @Test
    void findsTheTitleLineAfterOtherLines() {
        CatalogTitle.Found f = titles.find(lines("附件2", "昆明市西山区医疗保障局政府信息公开基本目录", "填表人：张三"));
        assertEquals(new CatalogTitle.Found(1, 1, "昆明市西山区医疗保障局政府信息公开基本目录"), f);
    }

    @Test
    void aNoticeNamingTheCatalogInBookTitleMarksIsNotItsTitle() {
        // 关于印发《…目录》的通知 quotes the catalog's name; the attachment's own title line follows
        CatalogTitle.Found f = titles.find(lines("关于印发《某某县医疗保障局政府信息公开目录》的通知", "各股室：", "附件",
                "某某县医疗保障局政府信息公开目录"));
        assertEquals(new CatalogTitle.Found(3, 3, "某某县医疗保障局政府信息公开目录"), f);
    }

    @Test
    void aNoticeLineWrappedInsideAQuotedCatalogNameIsNotItsTitle() {
        // the notice's body, wrapped by the page inside 《…》: both halves quote the catalog's name
        CatalogTitle.Found f = titles.find(lines("关于印发《三门县公共法律服务领域基层政务公开标准目录（试行）》", "的通知",
                "结合我县实际，我局编制了《三门县公共法律服务领域基层政务公",
                "开标准目录（试行）》，现印发给你们，请结合工作实际认真抓好落实。",
                "三门县司法局", "三门县公共法律服务领域基层政务公开标准目录（试行）"));
        assertEquals(new CatalogTitle.Found(5, 5, "三门县公共法律服务领域基层政务公开标准目录（试行）"), f);
    }

    @Test
    void aBareHeadingGivesWayToTheLineNamingTheCatalog() {
        // a portal's heading "标准目录", then the catalog's own name over the table
        assertEquals("公共文化服务领域基层政务公开标准目录",
                titles.find(lines("标准目录", "公共文化服务领域基层政务公开标准目录")).text());
        // a sentence naming the catalog is no title; nor is a second bare name
        assertEquals("政务公开标准目录", titles.find(lines("政务公开标准目录",
                "为进一步推进医疗保障领域政务公开标准化规范化工作，现将本局政务公开标准目录公布如下。")).text());
        assertEquals("标准目录", titles.find(lines("标准目录", "政府信息公开目录")).text());
        // a title naming its body stays, whatever follows
        assertEquals("某某县民政局政府信息公开目录", titles.find(lines("某某县民政局政府信息公开目录", "社会救助领域基层政务公开标准目录")).text());
    }

    @Test
    void joinsATitleWrappedOntoTwoLines() {
        CatalogTitle.Found f = titles.find(lines("昆明市西山区医疗保障局政府信息公开", "", "基本目录"));
        assertEquals(new CatalogTitle.Found(0, 2, "昆明市西山区医疗保障局政府信息公开基本目录"), f);
    }

    @Test
    void joinsATitleWrappedInsideAWordAsABrowserPrintsIt() {
        CatalogTitle.Found f = titles.find(lines("您当前的位置：首页 > 政务公开 > 标准目录", "重庆市合川区双槐镇就业创业领域基层政务公开标", "准目录",
                "发布日期：2024-02-26 来源：合川区双槐镇"));
        assertEquals("重庆市合川区双槐镇就业创业领域基层政务公开标准目录", f.text());
        assertEquals(1, f.first());
        assertEquals(2, f.last());
    }

    @Test
    void joinsTheEndOfABracketWrappedOntoTheNextLine() {
        CatalogTitle.Found f = titles.find(lines("营盘镇养老服务领域基层政务公开标准目录（2024", "年）", "发布日期：2024-03-01"));
        assertEquals("营盘镇养老服务领域基层政务公开标准目录（2024年）", f.text());
        assertEquals("营盘镇养老服务领域基层政务公开标准目录", titles.find(lines("营盘镇养老服务领域基层政务公开标准目录", "年度")).text());
    }

    @Test
    void joinsAPlaceLineAndADomainLine() {
        CatalogTitle.Found f = titles.find(lines("长兴县", "生态环境领域基层政务公开标准目录"));
        assertEquals(new CatalogTitle.Found(0, 1, "长兴县生态环境领域基层政务公开标准目录"), f);
    }

    @Test
    void skipsWebChromeKeyValueLinesAndHeadings() {
        CatalogTitle.Found f = titles.find(lines(
                "首页 > 政务公开 > 基层政务公开标准目录",
                "目录说明：本目录每年更新",
                "第二部分 基本目录",
                "香山街道义务教育领域基层政务公开标准目录"));
        assertEquals(3, f.first());
        assertEquals("香山街道义务教育领域基层政务公开标准目录", f.text());
    }

    @Test
    void letterSpacingBetweenChineseIsTakenOut() {
        assertEquals("某某局政务公开目录", titles.find(lines("某某局政务公开目 录")).text());
        assertNull(titles.find(lines("填表人：张三", "联系电话：123")));
    }

    @Test
    void namesAgencyAndListedDomain() {
        CatalogTitle.Named n = titles.named("香山街道义务教育领域基层政务公开标准目录");
        assertEquals(new CatalogTitle.Named("香山街道", "义务教育", false), n);
    }

    @Test
    void aBureauNamesItsFieldAsItsOwnName() {
        // 退役军人事务 (the bureau's name) beside the guidelines' 退役军人服务: the place before it is no part of the domain
        assertEquals(new CatalogTitle.Named("谷城县", "退役军人事务", false), titles.named("谷城县退役军人事务领域基层政务公开标准目录"));
    }

    @Test
    void aDomainJoinedToAnotherByAndIsOneCompoundDomain() {
        assertEquals(new CatalogTitle.Named("丰都县", "规划和自然资源", false), titles.named("丰都县规划和自然资源领域基层政务公开标准目录（2023年版）"));
        assertEquals(new CatalogTitle.Named(null, "规划和自然资源", false), titles.named("规划和自然资源领域基层政务公开标准目录"));
    }

    @Test
    void wordsBeforeAListedDomainThatEndNoPlaceBelongToTheDomain() {
        // 涉贫涉 + 乡村振兴: the body is not 重庆市荣昌区涉贫涉; the title names the place 重庆市荣昌区 only
        assertEquals(new CatalogTitle.Named("重庆市荣昌区", "涉贫涉乡村振兴", false),
                titles.named("重庆市荣昌区涉贫涉乡村振兴领域政务公开标准目录"));
        assertEquals(new CatalogTitle.Named("汝城县自然资源局", "城乡规划", false),
                titles.named("汝城县自然资源局城乡规划领域基层政务公开标准目录"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "重大建设项目领域基层政务公开标准目录 | 重大建设项目",
            "九龙街道公共资源交易领域基层政务公开标准目录 | 公共资源交易",
            "重大建设项目 | 重大建设项目",
            // a heading that is the domain and its mark (一、退役军人服务领域 over a 镇's table, its enumeration cut)
            "重大建设项目领域 | 重大建设项目",
            "退役军人服务领域 | 退役军人服务",
            "领域 | 领域",
            "领域划分 | 领域划分",
            "政务公开 | 政务公开"})
    void aSectionHeadingThatIsACatalogTitleGivesItsDomain(String heading, String domain) {
        assertEquals(domain, titles.domainOf(heading));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // a notice carrying the catalog, as its only title line: the catalog's own body, else the issuer
            "关于印发宁阳县公安局政府信息公开目录的通知, 宁阳县公安局",
            "宁阳县公安局关于印发政府信息公开目录的通知, 宁阳县公安局",
            "宁阳县人民政府办公室关于公布宁阳县公安局政务公开事项清单的通知, 宁阳县公安局",
            // a catalog published as a list of items (清单)
            "昆明市五华区教育体育局政务公开事项清单, 昆明市五华区教育体育局",
            // 政务信息 (not 政府信息) opening the catalog's name
            "保安镇人民政府政务信息主动公开基本目录, 保安镇人民政府",
            "大冶市城市管理执法局政务信息公开目录, 大冶市城市管理执法局",
    })
    void noticesAndListsNameTheirAgency(String title, String agency) {
        assertEquals(agency, titles.agencyOf(title));
    }

    @Test
    void bracketAtTheEndNamesTheBodyButAnEditionDoesNot() {
        assertEquals("省医保局", titles.agencyOf("政府信息公开目录（省医保局）"));
        // a body before the catalog name wins over a bracket that names a part of the catalog, not a body
        assertEquals("某县卫生健康局", titles.agencyOf("某县卫生健康局政府信息公开目录（机构信息）"));
        assertEquals("某县民政局", titles.agencyOf("某县人民政府政府信息公开目录（某县民政局）"));
        assertEquals("昆明市西山区医疗保障局", titles.agencyOf("昆明市西山区医疗保障局政府信息公开基本目录（试行）"));
        assertEquals("昆明市西山区医疗保障局", titles.agencyOf("2024年昆明市西山区医疗保障局政府信息公开基本目录（2024年）"));
        // a year between the body and the catalog name is an edition too
        assertEquals("岳阳市君山区人力资源和社会保障局", titles.agencyOf("岳阳市君山区人力资源和社会保障局2024年政府信息公开目录"));
        assertEquals("某县民政局", titles.agencyOf("某县民政局2023年度政务公开目录"));
        assertEquals("某县民政局", titles.agencyOf("某县民政局 2023 年版政府信息主动公开目录"));
        assertTrue(titles.isEditionNote("2023年版"));
        assertFalse(titles.isEditionNote("省医保局"));
    }

    @Test
    void traditionalCharactersAreFoldedButNamesKeepTheirPrintedForm() {
        CatalogTitle.Named n = titles.named("香山街道義務教育領域基層政務公開標準目錄");
        assertEquals("香山街道", n.agency());
        assertEquals("義務教育", n.domain());
        assertEquals("昆明市西山區醫療保障局", titles.agencyOf("昆明市西山區醫療保障局政府信息公開基本目錄"));
    }
}

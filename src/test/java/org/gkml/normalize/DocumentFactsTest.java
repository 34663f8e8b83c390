package org.gkml.normalize;

import org.gkml.catalog.Level;
import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.Region;
import org.gkml.table.Provenance;
import org.gkml.table.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gkml.table.WarningCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Document facts of each seed catalog (corpus/), expected values as in the gold records. */
class DocumentFactsTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    /** The seed's lines before its table (which starts at the 序号 header) and from "备注：" on. */
    private static DocumentFacts readSeed(String name, String... hints) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("corpus", name), StandardCharsets.UTF_8);
        List<TextLine> preamble = new ArrayList<>();
        List<TextLine> trailer = new ArrayList<>();
        int i = 0;
        for (; i < lines.size() && !lines.get(i).strip().startsWith("序"); i++) {
            preamble.add(new TextLine(lines.get(i), Provenance.ofLine(name, i + 1)));
        }
        boolean inTrailer = false;
        for (; i < lines.size(); i++) {
            inTrailer |= lines.get(i).strip().startsWith("备注：");
            if (inTrailer) trailer.add(new TextLine(lines.get(i), Provenance.ofLine(name, i + 1)));
        }
        return DocumentFacts.read(VOCABULARY, name, preamble, trailer, List.of(hints));
    }

    @Test
    void kunmingXishan() throws IOException {
        DocumentFacts f = readSeed("000_81a0a872453b3846.txt", "办公室", "基金监管科");
        assertEquals("昆明市西山区医疗保障局政府信息公开基本目录", f.title());
        assertEquals("昆明市西山区医疗保障局", f.agency());
        assertEquals(new Region("云南省", "昆明市", "西山区"), f.region());
        assertEquals(Level.COUNTY, f.level());
        assertEquals(List.of("备注"), List.copyOf(f.meta().keySet()));
        String remark = (String) f.meta().get("备注");
        assertTrue(remark.startsWith("一级事项需包含机构信息"));
        assertTrue(remark.contains("特定事项（含政府信息公开指南、政府信息公开年报）等"), remark);
        assertTrue(remark.endsWith("责任部门可具体到业务科室。"));
        assertTrue(f.warnings().isEmpty(), f.warnings().toString());
    }

    @Test
    void yinchuanJinfeng() throws IOException {
        DocumentFacts f = readSeed("001_d1b07a4c651a3051.txt", "办公室", "财务室", "政务大厅");
        assertEquals("银川市金凤区医疗保障局政务公开基本目录", f.title());
        assertEquals("银川市金凤区医疗保障局", f.agency());
        assertEquals(new Region("宁夏回族自治区", "银川市", "金凤区"), f.region());
        assertEquals(Level.COUNTY, f.level());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("附件", "1");
        meta.put("责任单位", "金凤区医疗保障局");
        meta.put("填表人", "邱晓洁");
        meta.put("复核人", "王艳");
        meta.put("审签人", "何丽");
        meta.put("填表时间", "2023.11.2");
        meta.put("政府信息", "主动公开一级事项 6 项；二级事项 16 项；依申请公开二级事项 0 项");
        meta.put("主动公开一级事项", 6);
        meta.put("二级事项", 16);
        meta.put("依申请公开二级事项", 0);
        assertEquals(meta, f.meta());
    }

    @Test
    void dawukou() throws IOException {
        DocumentFacts f = readSeed("002_10e874960aa90f81.txt", "大武口区医疗保障局");
        assertEquals("大武口区医疗保障局政府信息主动公开基本目录", f.title());
        assertEquals("大武口区医疗保障局", f.agency());
        assertEquals(new Region("宁夏回族自治区", "石嘴山市", "大武口区"), f.region());
        assertEquals(Level.COUNTY, f.level());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("公开依据", List.of("《中华人民共和国政府信息公开条例》（国务院令第711号）",
                "《中共中央办公厅、国务院办公厅<关于全面推进政务公开工作的意见>》",
                "《国务院办公厅印发<关于全面推进政务公开工作的意见>实施细则的通知》"));
        meta.put("责任主体", "大武口区医疗保障局部门");
        meta.put("联系方式", "联系电话：0952—2171166，通讯地址：石嘴山市大武口区朝阳西街99号区政府4号楼209房间");
        meta.put("联系电话", "0952—2171166");
        meta.put("通讯地址", "石嘴山市大武口区朝阳西街99号区政府4号楼209房间");
        meta.put("公开渠道", "政府门户网站（http://www.dwk.gov.cn/）");
        meta.put("监督渠道", "监督举报电话：0952—2171166，");
        meta.put("监督举报电话", "0952—2171166");
        assertEquals(meta, f.meta());
    }

    @Test
    void cityTemplateWithoutTitle() throws IOException {
        DocumentFacts f = readSeed("003_0c93a4fb907a582b.txt", "设区市级医保部门");
        assertNull(f.title());
        assertNull(f.agency());
        assertEquals(Region.UNKNOWN, f.region());
        assertEquals(Level.CITY, f.level());
        assertEquals(Map.of(), f.meta());
    }

    @Test
    void provinceBureau() throws IOException {
        DocumentFacts f = readSeed("004_43e84b5de54c8a3d.txt", "省医保局");
        assertEquals("主动公开事项目录（省医保局）", f.title());
        assertEquals("省医保局", f.agency());
        assertEquals(Region.UNKNOWN, f.region());
        assertEquals(Level.PROVINCE, f.level());
        assertEquals(Map.of(), f.meta());
    }

    @Test
    void aMunicipalitysOwnCityBureauIsProvinceLevel() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.html", lines("政务公开标准目录", "上海市医疗保障局 首页 | 政务公开"),
                List.of(), List.of(), "市医保局");
        assertEquals(new Region("上海市", null, null), f.region());
        assertEquals(Level.PROVINCE, f.level());
        // a 市 bureau of a city in a province stays a city bureau
        DocumentFacts city = DocumentFacts.read(VOCABULARY, "x.html", lines("政务公开标准目录", "南京市医疗保障局 首页 | 政务公开"),
                List.of(), List.of(), "市医保局");
        assertEquals(Level.CITY, city.level());
    }

    /** A department's page under its name in the breadcrumb: that body publishes it when nothing else names one. */
    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            当前位置：首页 > 部门基层政务公开 > 额尔敦街道办事处 > 标准目录 | -        | 额尔敦街道办事处
            您当前的位置: 首页>交通局>政务公开>政府信息公开目录            | -        | 交通局
            当前位置：首页 > 香山街道 > 标准目录                            | -        | -
            当前位置：首页 > 政务公开 > 标准目录                            | -        | -
            当前位置：首页 > 部门 > 额尔敦街道办事处 > 标准目录             | 各社区   | 额尔敦街道办事处
            当前位置：首页 > 部门 > 额尔敦街道办事处 > 标准目录             | 区文化馆 | 区文化馆
            """)
    void theBreadcrumbNamesTheBodyWhenNothingElseDoes(String crumb, String commonSubject, String agency) {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.html", lines(crumb, "标准目录", "公共文化服务领域基层政务公开标准目录"),
                List.of(), List.of(), commonSubject);
        assertEquals("公共文化服务领域基层政务公开标准目录", f.title());
        assertEquals(agency, f.agency());
    }

    @Test
    void aDistrictNamedByAnOrdinaryWordCountsRightAfterItsCity() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.pdf", lines("铜陵市郊区卫生健康委员会基层政务公开标准目录"), List.of(), List.of());
        assertEquals(new Region("安徽省", "铜陵市", "郊区"), f.region());
        assertEquals(Level.COUNTY, f.level());
        // alone, or anywhere else, 郊区 is an ordinary word
        DocumentFacts city = DocumentFacts.read(VOCABULARY, "x.pdf", lines("铜陵市卫生健康委员会郊区卫生服务目录"), List.of(), List.of());
        assertEquals(new Region("安徽省", "铜陵市", null), city.region());
    }

    @Test
    void ambiguousCountyIsResolvedByItsCity() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("鼓楼区医疗保障局政府信息公开目录", "地址：南京市鼓楼区中山路1号"), List.of(), List.of());
        assertEquals(new Region("江苏省", "南京市", "鼓楼区"), f.region());
        assertEquals(Level.COUNTY, f.level());
    }

    @Test
    void ambiguousCountyWithoutCityIsLeftOpenWithAWarning() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("鼓楼区医疗保障局政府信息公开目录"), List.of(), List.of());
        assertNull(f.region().county());
        assertEquals(WarningCode.REGION_GUESS, f.warnings().get(0).code());
    }

    @Test
    void provinceShortNameAndNoPreamble() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("宁夏医疗保障局政务公开目录"), null, null);
        assertEquals(new Region("宁夏回族自治区", null, null), f.region());
        assertEquals(Level.PROVINCE, f.level());
        DocumentFacts none = DocumentFacts.read(VOCABULARY, "x.txt", null, null, null);
        assertNull(none.title());
        assertEquals(Region.UNKNOWN, none.region());
        assertNull(none.level());
    }

    @Test
    void titleWrappedOntoTwoLinesOrLetterSpaced() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("附件2", "昆明市西山区医疗保障局政府信息公开", "基本目录", "填表人：张三"), List.of(), List.of());
        assertEquals("昆明市西山区医疗保障局政府信息公开基本目录", f.title());
        assertEquals("昆明市西山区医疗保障局", f.agency());
        assertEquals(Map.of("附件", "2", "填表人", "张三"), f.meta());
        DocumentFacts spaced = DocumentFacts.read(VOCABULARY, "x.txt", lines("银 川 市 医 疗 保 障 局 政 务 公 开 目 录"), List.of(), List.of());
        assertEquals("银川市医疗保障局", spaced.agency());
        assertEquals(new Region("宁夏回族自治区", "银川市", null), spaced.region());
        assertEquals(Level.CITY, spaced.level());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            填报单位：宁海县交通运输局（盖章）   | 宁海县交通运输局
            填报单位：宁海县交通运输局(签章)     | 宁海县交通运输局
            填报单位：宁海县交通运输局（宁海县）  | 宁海县交通运输局（宁海县）
            填报单位：（盖章）                 | -
            """)
    void formInstructionIsNoPartOfTheFillingUnit(String line, String agency) {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.xlsx", lines("交通运输领域基层政务公开标准目录", line), List.of(), List.of());
        assertEquals(agency, f.agency());
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            长兴县         | 生态环境领域基层政务公开标准目录 | 长兴县生态环境领域基层政务公开标准目录
            长兴县人民政府  | 生态环境领域基层政务公开标准目录 | 长兴县人民政府生态环境领域基层政务公开标准目录
            長興縣         | 生態環境領域基層政務公開標準目錄 | 長興縣生態環境領域基層政務公開標準目錄
            附件1          | 生态环境领域基层政务公开标准目录 | 生态环境领域基层政务公开标准目录
            2024年5月      | 生态环境领域基层政务公开标准目录 | 生态环境领域基层政务公开标准目录
            关于印发的通知  | 生态环境领域基层政务公开标准目录 | 生态环境领域基层政务公开标准目录
            """)
    void titleTypedAsPlaceLineThenDomainLine(String first, String second, String title) {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.docx", lines(first, second), List.of(), List.of());
        assertEquals(title, f.title());
    }

    @Test
    void addressOfAProvinceBureauDoesNotMakeItACounty() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("主动公开事项目录（省医保局）", "【联系方式】通讯地址：昆明市西山区滇池路1号"), List.of(), List.of());
        assertEquals(Level.PROVINCE, f.level());
        assertEquals(new Region("云南省", null, null), f.region());
        assertEquals(WarningCode.REGION_GUESS, f.warnings().get(0).code());
    }

    /**
     * A title naming a domain (领域) or an edition (试行, 2024年) names no body by those words; a place before the
     * domain (汝城县, 香山街道) is what the catalog covers, not who publishes it.
     */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            香山街道义务教育领域基层政务公开标准目录（试行）            | -                      | 义务教育     | false
            汝城县城乡规划领域基层政务公开标准目录                      | -                      | 城乡规划     | false
            重庆市合川区双槐镇就业创业领域基层政务公开标准目录          | -                      | 就业创业     | false
            黄石市人力资源和社会保障局就业领域基层政务公开标准目录      | 黄石市人力资源和社会保障局 | 就业     | false
            营盘镇人民政府养老服务领域基层政务公开标准目录              | 营盘镇人民政府         | 养老服务     | false
            社会救助领域基层政务公开标准目录                            | -                      | 社会救助     | false
            户籍管理领域基层政务公开标准目录                            | -                      | 户籍管理     | false
            养老服务领域基层政务公开标准目录（2024年）                  | -                      | 养老服务     | false
            青浦区教育局义务教育领域基层政务公开标准目录（2023年）      | 青浦区教育局           | 义务教育     | false
            卫生健康领域公共事业单位信息主动公开基本目录                | -                      | 卫生健康     | false
            2024年香山街道政务公开目录                                  | 香山街道               | -            | false
            某某镇人民政府基层政务公开标准目录（修订版）                | 某某镇人民政府         | -            | false
            主动公开事项目录（省医保局）                                | 省医保局               | -            | false
            政府信息公开目录（某某县财政局）（2024年版）                | 某某县财政局           | -            | false
            某某县财政局政府信息公开目录（2024年）（试行）              | 某某县财政局           | -            | false
            某某县住房和城乡建设局城镇燃气领域基层政务公开标准目录      | 某某县住房和城乡建设局 | 城镇燃气     | true
            城镇燃气领域基层政务公开标准目录                            | -                      | 城镇燃气     | false
            标准目录                                                    | -                      | -            | false
            某某县交通运输局标准目录                                    | 某某县交通运输局       | -            | false
            """)
    void titleNamesAgencyNotDomainOrEdition(String title, String agency, String domain, boolean guessed) {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines(title), List.of(), List.of());
        assertEquals(title, f.title());
        assertEquals(agency, f.agency());
        assertEquals(domain, f.meta().get(DocumentFacts.DOMAIN_KEY));
        assertEquals(guessed, f.warnings().stream().anyMatch(w -> w.code() == WarningCode.GUESSED_AGENCY), f.warnings().toString());
    }

    /** With no body in the title, the 公开主体 every row names is the agency, warned as guessed; a kind of body is not. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            香山街道办事处      | 香山街道办事处
            区教育局            | 区教育局
            乡镇人民政府        | -
            公安机关            | -
            县级人民政府民政部门 | -
            乡镇便民服务中心    | -
            各医疗机构、县卫生健康局 | -
            设区市级医保部门    | -
            -                   | -
            """)
    void agencyFromTheSubjectEveryRowNames(String subject, String agency) {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("社会救助领域基层政务公开标准目录"), List.of(), List.of(), subject);
        assertEquals(agency, f.agency());
        assertEquals(agency != null, f.warnings().stream().anyMatch(w -> w.code() == WarningCode.GUESSED_AGENCY), f.warnings().toString());
        DocumentFacts titled = DocumentFacts.read(VOCABULARY, "x.txt", lines("青浦区教育局义务教育领域基层政务公开标准目录"), List.of(), List.of(), subject);
        assertEquals("青浦区教育局", titled.agency());
    }

    /** With only a place before the domain, the unit every row names is the agency; the place stays the region. */
    @Test
    void titleNamingOnlyAPlaceTakesTheUnitEveryRowNames() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("汝城县城乡规划领域基层政务公开标准目录"), List.of(), List.of(), "汝城县自然资源局");
        assertEquals("汝城县自然资源局", f.agency());
        assertEquals(new Region("湖南省", "郴州市", "汝城县"), f.region());
        assertTrue(f.warnings().stream().anyMatch(w -> w.code() == WarningCode.GUESSED_AGENCY), f.warnings().toString());
    }

    /**
     * A title naming only a place and no domain (汉台区武乡镇基层政务公开标准目录): a body the preamble or every row names is
     * the agency; with neither, the place stays the agency as before.
     */
    @ParameterizedTest(name = "{0} / {1} / {2} → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            编制单位：汉中市汉台区武乡镇人民政府 | 武乡镇人民政府 | 汉中市汉台区武乡镇人民政府
            -                                    | 武乡镇人民政府 | 武乡镇人民政府
            -                                    | -              | 汉台区武乡镇
            编制日期：2024年6月                  | 各村（社区）   | 汉台区武乡镇
            """)
    void titleNamingOnlyAPlaceAndNoDomainPrefersANamedBody(String preambleLine, String subject, String agency) {
        List<TextLine> preamble = preambleLine == null ? lines("汉台区武乡镇基层政务公开标准目录")
                : lines("汉台区武乡镇基层政务公开标准目录", preambleLine);
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.docx", preamble, List.of(), List.of(), subject);
        assertEquals(agency, f.agency());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            汝城县                   | true
            香山街道                 | true
            重庆市合川区双槐镇       | true
            科右前旗                 | true
            营盘镇人民政府           | false
            汝城县自然资源局         | false
            香山街道办事处           | false
            县便民服务中心           | false
            """)
    void placeOnlyNamesNoBody(String name, boolean place) {
        assertEquals(place, DocumentFacts.isPlaceOnly(VOCABULARY.words(), name));
    }

    @Test
    void portalBreadcrumbAndFooterAreNeitherTitleNorMeta() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.html", lines("首页 | 政务公开 | 信息公开 | 互动交流",
                "您当前的位置：首页 > 政务公开 > 基层政务公开标准目录",
                "首页 > 政务公开 > 基层政务公开标准目录",
                "香山街道社会救助领域基层政务公开标准目录", "填表人：张三"),
                lines("网站地图 | 联系我们 | 隐私声明", "主办单位：厦门市翔安区人民政府  承办单位：翔安区信息中心",
                        "闽ICP备12345678号  网站标识码：3502130001", "访问量：12345", "【字号：大 中 小】 【打印本页】 【关闭窗口】"),
                List.of());
        assertEquals("香山街道社会救助领域基层政务公开标准目录", f.title());
        assertNull(f.agency());
        assertEquals(Map.of("填表人", "张三", DocumentFacts.DOMAIN_KEY, "社会救助"), f.meta());
    }

    @Test
    void shortNameOfACountyResolvesThroughTheAliasesWithAWarning() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("科右前旗民政局社会救助领域基层政务公开标准目录"), List.of(), List.of());
        assertEquals("科右前旗民政局", f.agency());
        assertEquals(new Region("内蒙古自治区", "兴安盟", "科尔沁右翼前旗"), f.region());
        assertEquals(Level.COUNTY, f.level());
        assertTrue(f.warnings().stream().anyMatch(w -> w.code() == WarningCode.REGION_GUESS && w.message().contains("科右前旗")), f.warnings().toString());
    }

    private static List<TextLine> lines(String... texts) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new TextLine(texts[i], Provenance.ofLine("x.txt", i + 1)));
        return out;
    }
}

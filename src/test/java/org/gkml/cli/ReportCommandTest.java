package org.gkml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gkml.catalog.CatalogJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.gkml.cli.ExtractCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `gkml report` end to end on sample catalogs and a catalog with planted violations
 * (src/test/resources/report/planted.html), reading the written workbook back with POI.
 */
class ReportCommandTest {

    static final String PLANTED = "src/test/resources/report/planted.html";
    static final String WUKOU = "corpus/002_10e874960aa90f81.txt";
    static final String XISHAN = "corpus/000_81a0a872453b3846.txt";
    static final String TEMPLATE = "corpus/003_0c93a4fb907a582b.txt";

    @TempDir
    static Path dir;

    /** The report read straight from files, and its --json summary. */
    static Map<String, List<Map<String, String>>> fromFiles;
    static JsonNode summary;
    /** The report of the same catalogs after `gkml ingest`. */
    static Map<String, List<Map<String, String>>> fromData;
    static Path dataWorkbook;
    static Path html;

    @BeforeAll
    static void report() throws IOException {
        Path out = dir.resolve("files.xlsx");
        html = dir.resolve("summary.html");
        ExtractCommandTest.Run r = run("report", XISHAN, WUKOU, PLANTED, "--reference", TEMPLATE, "--out", out.toString(),
                "--html", html.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        summary = CatalogJson.MAPPER.readTree(r.out());
        fromFiles = read(out);

        Path data = dir.resolve("data");
        ExtractCommandTest.Run ingest = run("ingest", XISHAN, WUKOU, PLANTED, "--data", data.toString());
        assertEquals(0, ingest.code(), ingest.err());
        dataWorkbook = dir.resolve("data.xlsx");
        ExtractCommandTest.Run fromIndex = run("report", "--data", data.toString(), "--reference", TEMPLATE, "--out", dataWorkbook.toString());
        assertEquals(0, fromIndex.code(), fromIndex.err());
        fromData = read(dataWorkbook);
    }

    /** Every sheet as rows keyed by the header row's titles (empty cells left out). */
    static Map<String, List<Map<String, String>>> read(Path xlsx) throws IOException {
        Map<String, List<Map<String, String>>> sheets = new java.util.LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                List<String> header = new ArrayList<>();
                for (Cell c : s.getRow(0)) header.add(c.getStringCellValue());
                List<Map<String, String>> rows = new ArrayList<>();
                for (Row row : s) {
                    if (row.getRowNum() == 0) continue;
                    Map<String, String> m = new HashMap<>();
                    for (Cell c : row) {
                        String v = switch (c.getCellType()) {
                            case NUMERIC -> {
                                double d = c.getNumericCellValue();
                                yield d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
                            }
                            case STRING -> c.getStringCellValue();
                            default -> null;
                        };
                        if (v != null) m.put(header.get(c.getColumnIndex()), v);
                    }
                    rows.add(m);
                }
                sheets.put(s.getSheetName(), rows);
            }
        }
        return sheets;
    }

    static List<Map<String, String>> where(List<Map<String, String>> rows, String key, String value) {
        return rows.stream().filter(r -> value.equals(r.get(key))).toList();
    }

    @Test
    void fiveSheetsWithAFrozenFilteredHeader() throws IOException {
        assertEquals(List.of("条目", "目录", "问题", "覆盖", "缺项"), List.copyOf(fromFiles.keySet()));
        try (InputStream in = Files.newInputStream(dataWorkbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                assertNotNull(s.getPaneInformation(), s.getSheetName() + " has no frozen pane");
                assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
                assertTrue(((XSSFSheet) s).getCTWorksheet().isSetAutoFilter(), s.getSheetName() + " has no autofilter");
                assertTrue(s.getColumnWidth(1) > 256 * 8, s.getSheetName() + " keeps the default width");
            }
            Cell header = wb.getSheet("问题").getRow(0).getCell(0);
            assertEquals("机构", header.getStringCellValue());
            assertTrue(wb.getSheet("条目").getRow(1).getCell(10).getCellStyle().getWrapText(), "公开内容 wraps");
        }
    }

    @Test
    void everyEntryIsARowWithItsCatalog() {
        List<Map<String, String>> entries = fromFiles.get("条目");
        assertEquals(10 + 19 + 6, entries.size());
        Map<String, String> planted = where(entries, "二级事项", "统计公报").get(0);
        assertEquals("西吉县统计局", planted.get("机构"));
        assertEquals("固原市", planted.get("市"));
        assertEquals("县级", planted.get("层级"));
        assertEquals("planted.html", planted.get("来源文件"));
        assertEquals("30", planted.get("时限天数"));
        assertEquals("工作日", planted.get("时限单位"));
        assertEquals(35, summary.get("entries").asInt());
    }

    @Test
    void eachPlantedViolationIsReportedOnceWithItsRow() {
        List<Map<String, String>> planted = where(fromFiles.get("问题"), "来源文件", "planted.html");
        record Want(String rule, String seq, String field, String value, String row) {
        }
        List<Want> found = planted.stream().map(p -> new Want(p.get("规则"), p.get("序号"), p.get("字段"), p.get("问题值"), p.get("行"))).toList();
        assertEquals(List.of(
                new Want("no-basis", "2", "公开依据", "（空）", "table 1 r3c1"),
                new Want("time-limit", "3", "公开时限", "信息形成之日起30个工作日内", "table 1 r4c1"),
                new Want("no-channel", "4", "公开渠道和载体", "（空）", "table 1 r5c1"),
                new Want("duplicate-seq", "4", "序号", "4", "table 1 r6c1"),
                new Want("missing-seq", "7", "序号", "缺 5–6", "table 1 r7c1"),
                new Want("fewer-items", null, "二级事项", "声明 8 项，找到 6 项", null)), found);
        Map<String, String> first = planted.get(0);
        assertEquals("1", first.get("页"));
        assertEquals("错误", first.get("严重程度"));
        assertTrue(first.get("说明").contains("公开依据"), first.get("说明"));
        assertEquals("西吉县", first.get("县（区）"));
    }

    @Test
    void aSampleCatalogsOwnProblemIsThere() {
        List<Map<String, String>> wukou = where(fromFiles.get("问题"), "来源文件", "002_10e874960aa90f81.txt");
        assertEquals(1, wukou.size(), wukou.toString());
        assertEquals("no-basis", wukou.get(0).get("规则"));
        assertEquals("18", wukou.get(0).get("序号"));
        assertEquals("三个清单", wukou.get(0).get("二级事项"));
        assertEquals(1, summary.get("problems").get("no-basis").asInt() - 1, "no-basis: 002 and the planted row");
    }

    @Test
    void theCatalogSheetCountsFoundAgainstDeclared() {
        Map<String, String> planted = where(fromFiles.get("目录"), "来源文件", "planted.html").get(0);
        assertEquals("6", planted.get("条目数"));
        assertEquals("8", planted.get("声明条目数"));
        assertEquals("6", planted.get("问题数"));
        assertEquals("html", planted.get("格式"));
        assertTrue(planted.get("警告").contains("declared-count-differs"), planted.get("警告"));
        assertEquals(3, fromFiles.get("目录").size());
    }

    @Test
    void coverageMatchesSpellingsAcrossCatalogs() {
        List<Map<String, String>> coverage = fromFiles.get("覆盖");
        // 领导简介 (planted) and 领导信息 (002) are one item through mappings/item-synonyms.tsv
        Map<String, String> leaders = where(coverage, "二级事项", "领导信息").get(0);
        assertEquals("同义词", leaders.get("匹配方式"));
        assertEquals("领导简介", leaders.get("其他写法"));
        assertEquals("✓", leaders.get("西吉县统计局"));
        assertEquals("✓", leaders.get("大武口区医疗保障局"));
        assertEquals(null, leaders.get("昆明市西山区医疗保障局"));
        assertEquals("2", leaders.get("目录数"));
        // 政府信息公开指南 is in 000 and 002 under the same words
        Map<String, String> guide = where(coverage, "二级事项", "政府信息公开指南").get(0);
        assertEquals("✓", guide.get("昆明市西山区医疗保障局"));
        assertEquals("✓", guide.get("大武口区医疗保障局"));
        // the template's items lead, marked as the reference's
        assertEquals("✓", coverage.get(0).get("参考目录"));
        assertEquals("✓", where(coverage, "二级事项", "机构职能").get(0).get("西吉县统计局"));
        assertEquals(summary.get("items").asInt(), coverage.size());
    }

    @Test
    void gapsAgainstTheReference() {
        List<Map<String, String>> wukou = where(fromFiles.get("缺项"), "来源文件", "002_10e874960aa90f81.txt");
        List<String> lacks = where(wukou, "差异", "缺少").stream().map(r -> r.get("二级事项")).toList();
        List<String> extra = where(wukou, "差异", "多出").stream().map(r -> r.get("二级事项")).toList();
        assertTrue(lacks.contains("医保投诉举报电话"), lacks.toString());
        assertTrue(extra.contains("三个清单"), extra.toString());
        assertFalse(lacks.contains("三个清单"));
        // 机关职能 (002) is the template's 机构职能 (a synonym), so neither lacking nor extra
        assertFalse(lacks.contains("机构职能"), lacks.toString());
        assertFalse(extra.contains("机构职能"), extra.toString());
        // the 统计局's catalog (its title names no field) is not held against the 医保 template: it lists none of the
        // template's field items and its agency says another field, so one 未比较 row says why, no 缺少 医保基金运行情况
        List<Map<String, String>> planted = where(fromFiles.get("缺项"), "来源文件", "planted.html");
        assertEquals(List.of("未比较"), planted.stream().map(r -> r.get("差异")).toList());
        assertTrue(planted.get(0).get("其他写法").startsWith("本目录属统计领域，参考目录003_0c93a4fb907a582b.txt的 14 项领域事项"),
                planted.get(0).get("其他写法"));
    }

    @Test
    void fromTheDataFolderTheSameRows() {
        assertEquals(fromFiles.get("条目").size(), fromData.get("条目").size());
        assertEquals(fromFiles.get("问题").size(), fromData.get("问题").size());
        assertEquals(fromFiles.get("缺项").size(), fromData.get("缺项").size());
        Map<String, String> planted = where(fromData.get("目录"), "来源文件", "planted.html").get(0);
        assertEquals("8", planted.get("声明条目数"), "the declared count is kept with the catalog's facts");
        assertEquals("3", planted.get("警告数"));
        assertNotNull(planted.get("读取时间"));
        Map<String, String> fewer = where(where(fromData.get("问题"), "来源文件", "planted.html"), "规则", "fewer-items").get(0);
        assertEquals("声明 8 项，找到 6 项", fewer.get("问题值"));
        Map<String, String> row = where(where(fromData.get("问题"), "来源文件", "planted.html"), "规则", "time-limit").get(0);
        assertEquals("table 1 r4c1", row.get("行"));
        assertEquals("1", row.get("页"));
    }

    @Test
    void eachCatalogsFactsAreStoredAtIngestKeptByAnUnchangedRunAndPruned() throws IOException {
        Path src = dir.resolve("facts-src");
        Files.createDirectories(src);
        Files.copy(Path.of(PLANTED), src.resolve("planted.html"));
        Files.copy(Path.of(XISHAN), src.resolve("000_81a0a872453b3846.txt"));
        Path data = dir.resolve("facts-data");
        ExtractCommandTest.Run first = run("ingest", src.toString(), "--data", data.toString());
        assertEquals(0, first.code(), first.err());
        Path catalogs = data.resolve("catalogs.jsonl");
        List<String> stored = Files.readAllLines(catalogs, StandardCharsets.UTF_8);
        assertEquals(2, stored.size(), "one line per catalog");
        JsonNode planted = CatalogJson.MAPPER.readTree(stored.stream().filter(l -> l.contains("planted.html")).findFirst().orElseThrow());
        assertEquals("html", planted.get("format").asText());
        assertEquals(6, planted.get("entries").asInt());
        assertEquals(8, planted.get("meta").get("二级事项").asInt(), "the declared count, as the catalog says it");
        assertEquals(3, planted.get("warnings").size());
        assertNotNull(planted.get("read_at").textValue());

        // an unchanged run reads nothing and keeps the facts as they were; a lost file is written again
        ExtractCommandTest.Run again = run("ingest", src.toString(), "--data", data.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(stored, Files.readAllLines(catalogs, StandardCharsets.UTF_8));
        Files.delete(catalogs);
        assertEquals(0, run("ingest", src.toString(), "--data", data.toString()).code());
        assertEquals(stored, Files.readAllLines(catalogs, StandardCharsets.UTF_8));

        // the report takes them from what ingest stored, not from the run reports (gone here)
        try (var runs = Files.list(data.resolve("runs"))) {
            for (Path p : runs.toList()) Files.delete(p);
        }
        Path out = dir.resolve("facts.xlsx");
        ExtractCommandTest.Run report = run("report", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, report.code(), report.err());
        Map<String, String> row = where(read(out).get("目录"), "来源文件", "planted.html").get(0);
        Map<String, String> direct = where(fromFiles.get("目录"), "来源文件", "planted.html").get(0);
        for (String column : List.of("标题", "机构", "层级", "格式", "条目数", "声明条目数", "问题数", "警告数", "警告")) {
            assertEquals(direct.get(column), row.get(column), column);
        }
        assertEquals("8", row.get("声明条目数"));
        assertEquals(planted.get("read_at").asText(), row.get("读取时间"));
        Map<String, String> fewer = where(where(read(out).get("问题"), "来源文件", "planted.html"), "规则", "fewer-items").get(0);
        assertEquals("声明 8 项，找到 6 项", fewer.get("问题值"));

        // --prune drops a deleted catalog's facts with its records
        Files.delete(src.resolve("planted.html"));
        ExtractCommandTest.Run pruned = run("ingest", src.toString(), "--data", data.toString(), "--prune");
        assertEquals(0, pruned.code(), pruned.err());
        List<String> left = Files.readAllLines(catalogs, StandardCharsets.UTF_8);
        assertEquals(1, left.size());
        assertFalse(left.get(0).contains("planted.html"), left.get(0));
        ExtractCommandTest.Run after = run("report", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, after.code(), after.err());
        assertEquals(List.of("000_81a0a872453b3846.txt"), read(out).get("目录").stream().map(m -> m.get("来源文件")).toList());
    }

    @Test
    void theHtmlSummaryIsOneSelfContainedPageWithItsNumbers() throws Exception {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg"), "inline SVG charts");
        assertFalse(page.contains("<script"), "no scripts");
        assertFalse(page.matches("(?s).*(src|href)=\"https?:.*"), "nothing fetched from the network");
        assertTrue(page.contains("各机构条目数") && page.contains("覆盖热图") && page.contains("公开时限"), "the four charts");
        // the numbers beside the bars: 19 entries of 002, the planted catalog's longest time limit
        assertTrue(page.contains(">19</text>"), "entries of 大武口区医疗保障局");
        assertTrue(page.contains("最长 30，中位 20 个工作日"), "time limits of the planted catalog");
        assertTrue(page.contains("西吉县统计局（1份）"), "the heat map's legend");
        // a well-formed SVG (XML) in every chart, so a browser draws it
        javax.xml.parsers.DocumentBuilder xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
        java.util.regex.Matcher svg = java.util.regex.Pattern.compile("(?s)<svg.*?</svg>").matcher(page);
        int charts = 0;
        while (svg.find()) {
            xml.parse(new java.io.ByteArrayInputStream(svg.group().getBytes(StandardCharsets.UTF_8)));
            charts++;
        }
        assertEquals(5, charts);
        renderForReview(html);
    }

    /** A PNG of the page under target/ for a person to look at, when headless Chromium is installed. */
    static void renderForReview(Path page) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium to render the page");
        Path png = Path.of("target", "report-summary.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium"), "--window-size=1100,2600", "--screenshot=" + png,
                page.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor(90, java.util.concurrent.TimeUnit.SECONDS), "Chromium took too long");
        assertTrue(Files.size(png) > 10_000, "a rendered page, not a blank one");
    }

    @Test
    void theConcordanceIsWrittenAndItsCorrectionsWin() throws IOException {
        Path tsv = dir.resolve("items.tsv");
        Path out = dir.resolve("concordance.xlsx");
        ExtractCommandTest.Run suggested = run("report", WUKOU, PLANTED, "--out", out.toString(), "--concordance-out", tsv.toString());
        assertEquals(0, suggested.code(), suggested.err());
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        assertTrue(rows.contains("领导简介\t领导信息\t同义词\t1.00\t1\t\t"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("统计公报\t统计公报\t规范化\t1.00\t1")), rows.toString());

        // the coordinator puts 统计公报 under 统计数据 and keeps 领导简介 apart from 领导信息
        Files.writeString(tsv, "写法\t归入事项\n统计公报\t统计数据\n领导简介\t领导简介\n", StandardCharsets.UTF_8);
        ExtractCommandTest.Run corrected = run("report", WUKOU, PLANTED, "--out", out.toString(), "--concordance", tsv.toString());
        assertEquals(0, corrected.code(), corrected.err());
        List<Map<String, String>> coverage = read(out).get("覆盖");
        Map<String, String> data = where(coverage, "二级事项", "统计数据").get(0);
        assertEquals("人工", data.get("匹配方式"));
        assertEquals("统计公报", data.get("其他写法"));
        assertTrue(where(coverage, "二级事项", "统计公报").isEmpty());
        assertEquals("✓", where(coverage, "二级事项", "领导简介").get(0).get("西吉县统计局"));
        assertEquals(null, where(coverage, "二级事项", "领导信息").get(0).get("西吉县统计局"));

        ExtractCommandTest.Run missing = run("report", PLANTED, "--out", out.toString(), "--concordance", dir.resolve("none.tsv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.tsv"), missing.err());
    }

    @Test
    void aFilterKeepsMatchingCatalogs() throws IOException {
        Path out = dir.resolve("filtered.xlsx");
        ExtractCommandTest.Run r = run("report", XISHAN, WUKOU, PLANTED, "-f", "province=宁夏回族自治区", "-f", "county=西吉县", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, List<Map<String, String>>> sheets = read(out);
        assertEquals(List.of("planted.html"), sheets.get("目录").stream().map(m -> m.get("来源文件")).toList());
        assertTrue(r.err().contains("2 catalogs left out by --filter"), r.err());
        // without a reference, 缺项 says why it is empty
        assertTrue(sheets.get("缺项").get(0).get("二级事项").contains("--reference"));
    }

    @Test
    void wrongCommandLinesAreUsageErrors() {
        Path out = dir.resolve("x.xlsx");
        ExtractCommandTest.Run badKey = run("report", PLANTED, "-f", "colour=red", "--out", out.toString());
        assertEquals(2, badKey.code());
        assertTrue(badKey.err().contains("no key 'colour'") && badKey.err().contains("province"), badKey.err());
        ExtractCommandTest.Run both = run("report", PLANTED, "--data", dir.toString(), "--out", out.toString());
        assertEquals(2, both.code());
        assertTrue(both.err().contains("not both"), both.err());
        ExtractCommandTest.Run notXlsx = run("report", PLANTED, "--out", dir.resolve("x.csv").toString());
        assertEquals(2, notXlsx.code());
        assertTrue(notXlsx.err().contains(".xlsx"), notXlsx.err());
        ExtractCommandTest.Run noOut = run("report", PLANTED);
        assertEquals(2, noOut.code());
        assertFalse(Files.exists(out));
    }

    @Test
    void fatalErrorsNameTheFileAndWriteNothing() {
        Path out = dir.resolve("fatal.xlsx");
        ExtractCommandTest.Run noData = run("report", "--data", dir.resolve("nowhere").toString(), "--out", out.toString());
        assertEquals(3, noData.code());
        assertTrue(noData.err().contains("nowhere") && noData.err().contains("gkml ingest"), noData.err());
        assertFalse(noData.err().contains("Exception"), noData.err());
        ExtractCommandTest.Run noReference = run("report", PLANTED, "--reference", "corpus/no-such-template.txt", "--out", out.toString());
        assertEquals(3, noReference.code());
        assertTrue(noReference.err().contains("no-such-template.txt"), noReference.err());
        ExtractCommandTest.Run nothingMatches = run("report", PLANTED, "-f", "province=海南省", "--out", out.toString());
        assertEquals(3, nothingMatches.code());
        assertTrue(nothingMatches.err().contains("matches --filter"), nothingMatches.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDamagedRecordsFileIsNamedWithItsLine() throws IOException {
        Path data = dir.resolve("damaged");
        Files.createDirectories(data);
        Files.writeString(data.resolve("records.jsonl"), "{\"doc_id\":\"/a.txt\",\"source\":\"a.txt\",\"item\":\"x\"}\n{not json\n", StandardCharsets.UTF_8);
        ExtractCommandTest.Run r = run("report", "--data", data.toString(), "--out", dir.resolve("damaged.xlsx").toString());
        assertEquals(3, r.code());
        assertTrue(r.err().contains("records.jsonl line 2"), r.err());
        assertFalse(Files.exists(dir.resolve("damaged.xlsx")));
    }

    @Test
    void anUnreadableFileIsReportedAndTheRestWritten() throws IOException {
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "not a pdf at all", StandardCharsets.UTF_8);
        Path out = dir.resolve("partial.xlsx");
        ExtractCommandTest.Run r = run("report", PLANTED, junk.toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("junk.pdf"), r.err());
        assertEquals(1, read(out).get("目录").size());
    }
}

package org.gkml.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.gkml.cli.ExtractCommandTest.run;
import static org.gkml.cli.ReportCommandTest.read;
import static org.gkml.cli.ReportCommandTest.where;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The 问题 sheet on forms met in catalogs the report had not seen (src/test/resources/report/forms.html): a 序号
 * printed 1-1, 2-3 (no number, none missing), a time limit whose least duration follows its deadline, one in months,
 * and one that is only a least duration. Read back from the workbook, straight from the file and after ingest.
 */
class ReportFormsTest {

    static final String FORMS = "src/test/resources/report/forms.html";
    static final String YANGXIN = "corpus/published/portal/yx_yiwujiaoyu.xlsx";
    static final String XIANGSHAN = "corpus/published/word/ywjy_xiangshan.docx";
    /** One catalog of no agency (南江县乡村振兴领域…) in two files. */
    static final String NANJIANG_DOCX = "corpus/published/word/xczx_nanjiang.docx";
    static final String NANJIANG_PDF = "corpus/published/word/xczx_nanjiang.pdf";

    @TempDir
    static Path dir;

    static Map<String, List<Map<String, String>>> fromFile;
    static Map<String, List<Map<String, String>>> fromData;
    /** Two 医保 catalogs against a third: each names one item another way (政府信息公开年报, …年度工作报告). */
    static Map<String, List<Map<String, String>>> twoAgainstOne;
    /** A 社会救助 catalog and an 义务教育 one against an 义务教育 template. */
    static Path fields;
    static Map<String, List<Map<String, String>>> againstEducation;

    @BeforeAll
    static void report() throws IOException {
        Path out = dir.resolve("forms.xlsx");
        ExtractCommandTest.Run r = run("report", FORMS, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        fromFile = read(out);

        Path data = dir.resolve("data");
        ExtractCommandTest.Run ingest = run("ingest", FORMS, "--data", data.toString());
        assertEquals(0, ingest.code(), ingest.err());
        Path fromIndex = dir.resolve("data.xlsx");
        ExtractCommandTest.Run again = run("report", "--data", data.toString(), "--out", fromIndex.toString());
        assertEquals(0, again.code(), again.err());
        fromData = read(fromIndex);

        Path gaps = dir.resolve("gaps.xlsx");
        ExtractCommandTest.Run g = run("report", ReportCommandTest.XISHAN, ReportCommandTest.WUKOU, "--reference",
                ReportCommandTest.TEMPLATE, "--out", gaps.toString());
        assertEquals(0, g.code(), g.err());
        twoAgainstOne = read(gaps);

        fields = dir.resolve("fields.xlsx");
        ExtractCommandTest.Run f = run("report", FORMS, YANGXIN, NANJIANG_DOCX, NANJIANG_PDF, "--reference", XIANGSHAN, "--out",
                fields.toString());
        assertEquals(0, f.code(), f.err());
        againstEducation = read(fields);
    }

    /** 规则 / 二级事项 / 问题值 / 行 of each problem row. */
    static List<String> problems(Map<String, List<Map<String, String>>> sheets) {
        return sheets.get("问题").stream()
                .map(p -> p.get("规则") + " / " + p.get("二级事项") + " / " + p.get("问题值") + " / " + p.get("行")).toList();
    }

    @Test
    void aSeqPrintedAsNoNumberIsNotMissing() {
        assertEquals(List.of(), where(fromFile.get("问题"), "规则", "missing-seq"));
        assertEquals(List.of(), where(fromData.get("问题"), "规则", "missing-seq"));
    }

    @Test
    void aDeadlineBeforeALeastDurationAndALimitInMonthsAreTooLong() {
        List<String> want = List.of(
                "time-limit / 救助对象名单 / 确定之日起30个工作日内公开，公示期不少于7日 / table 1 r4c1",
                "time-limit / 建议提案办理结果 / 办结后一个月内 / table 1 r5c1");
        assertEquals(want, problems(fromFile));
        assertEquals(want, problems(fromData));
    }

    @Test
    void whatACatalogHasMoreIsNamedAsItWritesIt() {
        // the 覆盖 row of 政府信息公开年报 (西山) and 政府信息公开年度工作报告 (大武口) is named 政府信息公开年度报告 by
        // mappings/item-synonyms.tsv; in 缺项 each catalog reads its own name and 一级事项, the row's name beside them
        Map<String, java.util.Set<String>> written = new java.util.HashMap<>();
        for (Map<String, String> e : twoAgainstOne.get("条目")) {
            written.computeIfAbsent(e.get("来源文件"), f -> new java.util.HashSet<>()).add(e.get("一级事项") + " / " + e.get("二级事项"));
        }
        List<Map<String, String>> more = where(twoAgainstOne.get("缺项"), "差异", "多出");
        // 25 since 大武口's 参保人员异地就医登记备案 is the template's 办理基本医疗保险参保人员异地就医备案业务 (登记备案 is
        // 备案, 业务 a generic word: mappings/item-words.tsv); 26 before
        assertEquals(25, more.size());
        for (Map<String, String> m : more) {
            String item = m.get("一级事项") + " / " + m.get("二级事项");
            org.junit.jupiter.api.Assertions.assertTrue(written.get(m.get("来源文件")).contains(item), m.get("来源文件") + " writes no " + item);
        }
        Map<String, String> xishan = where(where(more, "来源文件", "000_81a0a872453b3846.txt"), "二级事项", "政府信息公开年报").get(0);
        assertEquals("特定事项", xishan.get("一级事项"));
        assertEquals("政府信息公开年度报告", xishan.get("其他写法"));
    }

    @Test
    void aCatalogOfAnotherFieldLacksNothingOfTheTemplate() throws IOException {
        List<Map<String, String>> forms = where(againstEducation.get("缺项"), "来源文件", "forms.html");
        assertEquals(1, forms.size());
        assertEquals("未比较", forms.get(0).get("差异"));
        assertEquals("本目录属社会救助领域，参考目录属义务教育领域", forms.get(0).get("其他写法"));
        // the 义务教育 catalog is compared as before: 规范性文件 is there, 教育法律法规 is not
        List<Map<String, String>> yangxin = where(againstEducation.get("缺项"), "来源文件", "yx_yiwujiaoyu.xlsx");
        assertEquals(List.of("教育法律法规"), where(yangxin, "差异", "缺少").stream().map(r -> r.get("二级事项")).limit(1).toList());
        // in 覆盖 the template's items are red in the 义务教育 agency's column where it lacks them, never in the other's
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(fields);
             org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("覆盖");
            int other = -1;
            int county = -1;
            for (org.apache.poi.ss.usermodel.Cell c : s.getRow(0)) {
                if (c.getStringCellValue().equals("平川县民政局")) other = c.getColumnIndex();
                if (c.getStringCellValue().equals("阳新县教育局")) county = c.getColumnIndex();
            }
            int redOther = 0;
            int redCounty = 0;
            short rose = org.apache.poi.ss.usermodel.IndexedColors.ROSE.getIndex();
            for (org.apache.poi.ss.usermodel.Row r : s) {
                if (r.getRowNum() == 0) continue;
                if (r.getCell(other) != null && r.getCell(other).getCellStyle().getFillForegroundColor() == rose) redOther++;
                if (r.getCell(county) != null && r.getCell(county).getCellStyle().getFillForegroundColor() == rose) redCounty++;
            }
            assertEquals(0, redOther);
            assertEquals(where(yangxin, "差异", "缺少").size(), redCounty);
        }
    }

    @Test
    void aCatalogOfNoAgencyIsAColumnOfItsTitleAndPlace() throws IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(fields);
             org.apache.poi.ss.usermodel.Workbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            org.apache.poi.ss.usermodel.Sheet s = wb.getSheet("覆盖");
            List<String> heads = new java.util.ArrayList<>();
            for (org.apache.poi.ss.usermodel.Cell c : s.getRow(0)) heads.add(c.getStringCellValue());
            // the two files of one catalog are one column, named as its title names it, not two columns of file names
            assertEquals(java.util.Set.of("平川县民政局", "阳新县教育局", "南江县乡村振兴领域基层政务公开标准目录（2份）"),
                    java.util.Set.copyOf(heads.subList(6, heads.size())));
        }
        Map<String, String> row = where(againstEducation.get("覆盖"), "二级事项", "防返贫监测对象识别").get(0);
        assertEquals("2/2", row.get("南江县乡村振兴领域基层政务公开标准目录（2份）"));
    }
}

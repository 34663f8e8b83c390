package org.gkml.cli;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.gkml.cli.ExtractCommandTest.run;
import static org.gkml.cli.ReportCommandTest.read;
import static org.gkml.cli.ReportCommandTest.where;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which reference each catalog is held against, read back from the workbook: a catalog whose title names no field
 * (a bureau's 政府信息公开目录) is compared with a field template only when its items or its agency say that field,
 * and with several references (a 医保 template and an 义务教育 one) each catalog is compared with its field's, each
 * lacking item naming the reference it comes from.
 */
class ReportReferencesTest {

    static final String JIANGXI = "corpus/layouts/a3_jiangxi_education_word.txt";
    static final String CANGXI = "corpus/layouts/a1_cangxi_health_word.txt";
    static final String SHUNDE = "corpus/layouts/c2_shunde_hrss_noseq_flow.txt";
    static final String HUANGSHI_JOBS = "corpus/published/portal/hs_jiuye.xlsx";

    @TempDir
    static Path dir;

    /** 西山 医保局 (no field in its title), 江西省教育厅 (none either) and 阳新 义务教育 against the 义务教育 template. */
    static Path education;
    static Map<String, List<Map<String, String>>> againstEducation;
    /** 西山 医保局 and 苍溪 卫生健康局 against the 医保 template, which has no title. */
    static Map<String, List<Map<String, String>>> againstHealthInsurance;
    /** 顺德 人力资源和社会保障局 (its 一级事项 就业创业 …) and 苍溪 卫生健康局 against a 就业 template. */
    static Map<String, List<Map<String, String>>> againstJobs;
    /** 西山 医保局 and 阳新 义务教育 against both templates at once. */
    static Path both;
    static Map<String, List<Map<String, String>>> againstBoth;

    @BeforeAll
    static void report() throws IOException {
        education = dir.resolve("education.xlsx");
        ExtractCommandTest.Run e = run("report", ReportCommandTest.XISHAN, JIANGXI, ReportFormsTest.YANGXIN, "--reference",
                ReportFormsTest.XIANGSHAN, "--out", education.toString());
        assertEquals(0, e.code(), e.err());
        againstEducation = read(education);

        Path insurance = dir.resolve("insurance.xlsx");
        ExtractCommandTest.Run i = run("report", ReportCommandTest.XISHAN, CANGXI, "--reference", ReportCommandTest.TEMPLATE,
                "--out", insurance.toString());
        assertEquals(0, i.code(), i.err());
        againstHealthInsurance = read(insurance);

        Path jobs = dir.resolve("jobs.xlsx");
        ExtractCommandTest.Run j = run("report", SHUNDE, CANGXI, "--reference", HUANGSHI_JOBS, "--out", jobs.toString());
        assertEquals(0, j.code(), j.err());
        againstJobs = read(jobs);

        both = dir.resolve("both.xlsx");
        ExtractCommandTest.Run b = run("report", ReportCommandTest.XISHAN, ReportFormsTest.YANGXIN, "--reference",
                ReportCommandTest.TEMPLATE, "--reference", ReportFormsTest.XIANGSHAN, "--out", both.toString());
        assertEquals(0, b.code(), b.err());
        againstBoth = read(both);
    }

    private static List<String> kinds(Map<String, List<Map<String, String>>> sheets, String source) {
        return where(sheets.get("缺项"), "来源文件", source).stream().map(r -> r.get("差异")).distinct().toList();
    }

    @Test
    void aCatalogWhoseTitleNamesNoFieldIsComparedOnlyWithATemplateOfItsField() {
        // 昆明市西山区医疗保障局 against an 义务教育 template: not 缺少 招生政策 …, one row saying why
        List<Map<String, String>> xishan = where(againstEducation.get("缺项"), "来源文件", "000_81a0a872453b3846.txt");
        assertEquals(1, xishan.size(), xishan.toString());
        assertEquals("未比较", xishan.get(0).get("差异"));
        assertEquals("本目录属医疗保障领域，参考目录属义务教育领域", xishan.get(0).get("其他写法"));
        // 江西省教育厅's catalog names no field either, but its agency is of 教育: compared, lacking what it lacks
        assertEquals(List.of("缺少", "多出"), kinds(againstEducation, "a3_jiangxi_education_word.txt"));
        assertEquals(List.of("缺少", "多出"), kinds(againstEducation, "yx_yiwujiaoyu.xlsx"));
    }

    @Test
    void aTemplateWithoutTitleIsTheFieldItsItemsSay() {
        // the 医保 template has no title: its items say 医疗保障, so the 医疗保障局 is compared and the 卫生健康局,
        // which lists none of its field items, is not
        assertTrue(kinds(againstHealthInsurance, "000_81a0a872453b3846.txt").contains("缺少"));
        List<Map<String, String>> cangxi = where(againstHealthInsurance.get("缺项"), "来源文件", "a1_cangxi_health_word.txt");
        assertEquals(1, cangxi.size(), cangxi.toString());
        assertEquals("未比较", cangxi.get(0).get("差异"));
        assertTrue(cangxi.get(0).get("其他写法").startsWith("本目录属卫生健康领域，参考目录003_0c93a4fb907a582b.txt的"), cangxi.get(0).get("其他写法"));
    }

    @Test
    void anAgencyOfAWiderFieldWhoseItemsSayTheTemplatesFieldIsCompared() {
        // 人力资源和社会保障 is not 就业, but the bureau's catalog lists its 就业创业 items: compared; 卫生健康 is not
        assertEquals(List.of("缺少", "多出"), kinds(againstJobs, "c2_shunde_hrss_noseq_flow.txt"));
        assertEquals(List.of("未比较"), kinds(againstJobs, "a1_cangxi_health_word.txt"));
    }

    @Test
    void noRedCellsInTheColumnOfACatalogNotCompared() throws IOException {
        assertEquals(0, red(education, "昆明市西山区医疗保障局", Set.of()));
        assertTrue(red(education, "江西省教育厅", Set.of()) > 0);
    }

    @Test
    void withSeveralReferencesEachCatalogLacksOnlyWhatTheReferenceOfItsFieldHas() {
        String insurance = "003_0c93a4fb907a582b.txt";
        String education = "ywjy_xiangshan.docx";
        List<Map<String, String>> xishan = where(where(againstBoth.get("缺项"), "来源文件", "000_81a0a872453b3846.txt"), "差异", "缺少");
        List<Map<String, String>> yangxin = where(where(againstBoth.get("缺项"), "来源文件", "yx_yiwujiaoyu.xlsx"), "差异", "缺少");
        assertFalse(xishan.isEmpty());
        assertFalse(yangxin.isEmpty());
        // each lacking item names the reference it comes from: the 医保 catalog's are all the 医保 template's
        assertEquals(Set.of(insurance), xishan.stream().map(r -> r.get("参考目录")).collect(Collectors.toSet()));
        assertEquals(Set.of(education), yangxin.stream().map(r -> r.get("参考目录")).collect(Collectors.toSet()));
        assertFalse(xishan.stream().anyMatch(r -> r.get("二级事项").equals("招生政策")), xishan.toString());
        assertTrue(yangxin.stream().anyMatch(r -> r.get("二级事项").equals("教育法律法规")), yangxin.toString());
        // what a catalog has more is more than the references it was held against
        Map<String, String> more = where(where(againstBoth.get("缺项"), "来源文件", "yx_yiwujiaoyu.xlsx"), "差异", "多出").get(0);
        assertEquals("均无（比较：" + education + "）", more.get("参考目录"));
        // 覆盖 names the reference of each of its items
        assertEquals(insurance, where(againstBoth.get("覆盖"), "二级事项", "医保基金运行情况").get(0).get("参考目录"));
        assertEquals(education, where(againstBoth.get("覆盖"), "二级事项", "招生政策").get(0).get("参考目录"));
    }

    @Test
    void withSeveralReferencesAColumnIsRedOnlyForItsFieldsTemplate() throws IOException {
        Set<String> educationItems = where(againstBoth.get("覆盖"), "参考目录", "ywjy_xiangshan.docx").stream()
                .map(r -> r.get("二级事项")).collect(Collectors.toSet());
        Set<String> insuranceItems = where(againstBoth.get("覆盖"), "参考目录", "003_0c93a4fb907a582b.txt").stream()
                .map(r -> r.get("二级事项")).collect(Collectors.toSet());
        assertEquals(0, red(both, "昆明市西山区医疗保障局", educationItems));
        assertEquals(0, red(both, "阳新县教育局", insuranceItems));
        assertEquals(where(where(againstBoth.get("缺项"), "来源文件", "yx_yiwujiaoyu.xlsx"), "差异", "缺少").size(),
                red(both, "阳新县教育局", Set.of()));
    }

    /** How many cells of a 覆盖 column are filled red, on the rows named {@code only} (all when empty). */
    static int red(Path workbook, String column, Set<String> only) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("覆盖");
            int at = -1;
            int item = -1;
            List<String> heads = new ArrayList<>();
            for (Cell c : s.getRow(0)) {
                heads.add(c.getStringCellValue());
                if (c.getStringCellValue().equals(column)) at = c.getColumnIndex();
                if (c.getStringCellValue().equals("二级事项")) item = c.getColumnIndex();
            }
            assertTrue(at >= 0, column + " not among " + heads);
            short rose = IndexedColors.ROSE.getIndex();
            int n = 0;
            for (Row r : s) {
                if (r.getRowNum() == 0 || r.getCell(at) == null) continue;
                if (!only.isEmpty() && !only.contains(r.getCell(item).getStringCellValue())) continue;
                if (r.getCell(at).getCellStyle().getFillForegroundColor() == rose) n++;
            }
            return n;
        }
    }
}

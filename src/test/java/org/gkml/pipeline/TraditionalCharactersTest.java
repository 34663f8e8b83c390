package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import com.hankcs.hanlp.HanLP;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Simplified;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Some portals serve their catalogs converted to traditional characters (序號, 公開內容, 10個工作日內, 鎮級). A corpus
 * catalog converted so (HanLP's s2t, here in the test) must give the same entries with the same normalised fields
 * (deadline, options, levels, channel count, region, level) as the original, while every text stays as printed:
 * the traditional text, not a simplified one.
 */
class TraditionalCharactersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "corpus/000_81a0a872453b3846.txt",
            "corpus/001_d1b07a4c651a3051.txt",
            "corpus/002_10e874960aa90f81.txt",
            "corpus/003_0c93a4fb907a582b.txt",
            "corpus/004_43e84b5de54c8a3d.txt",
            "corpus/layouts/a2_luoyang_housing_word.txt",
            "corpus/layouts/b1_jiangchuan_street_flow.txt",
            "corpus/layouts/b3_huzhou_ecology_flow.txt",
            "corpus/renditions/001_d1b07a4c651a3051.html",
            "corpus/renditions/003_0c93a4fb907a582b.html",
            "corpus/layouts/renditions/a3_jiangxi_education_word.html",
            "corpus/renditions/004_43e84b5de54c8a3d.xlsx",
            "corpus/layouts/renditions/a2_luoyang_housing_word.xlsx"})
    void traditionalRenditionReadsLikeTheOriginal(String file, @TempDir Path dir) throws Exception {
        Path original = Path.of(file);
        Path traditional = dir.resolve(original.getFileName());
        toTraditional(original, traditional);
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        CatalogDocument s = reader.read(original);
        CatalogDocument t = reader.read(traditional);

        assertEquals(s.entries().size(), t.entries().size(), "entries");
        assertEquals(s.fields(), t.fields(), "columns");
        assertEquals(s.region(), t.region(), "region");
        assertEquals(s.level(), t.level(), "level");
        assertEquals(HanLP.s2t(String.valueOf(s.agency())), String.valueOf(t.agency()), "agency as printed");
        assertEquals(s.meta().size(), t.meta().size(), "meta facts");
        int traditionalItems = 0;
        for (int i = 0; i < s.entries().size(); i++) {
            Entry a = s.entries().get(i);
            Entry b = t.entries().get(i);
            assertEquals(normalised(a), normalised(b), "entry " + i);
            // As printed: the traditional text, which folds back to what the original's folds to.
            assertEquals(Simplified.fold(HanLP.s2t(texts(a))), Simplified.fold(texts(b)), "entry " + i);
            if (!texts(b).equals(Simplified.fold(texts(b)))) traditionalItems++;
        }
        assertTrue(traditionalItems > 0, "cells keep their traditional characters");
    }

    /** The file as a portal converting to traditional characters serves it: every text, in a workbook every string cell. */
    private static void toTraditional(Path original, Path out) throws Exception {
        if (!original.toString().endsWith(".xlsx")) {
            String text = Files.readString(original, StandardCharsets.UTF_8);
            assertNotEquals(text, HanLP.s2t(text));
            Files.writeString(out, HanLP.s2t(text), StandardCharsets.UTF_8);
            return;
        }
        try (var in = Files.newInputStream(original); var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(in)) {
            for (var sheet : wb) for (var row : sheet) for (var cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) cell.setCellValue(HanLP.s2t(cell.getStringCellValue()));
            }
            try (var o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }

    /** Tick columns under traditional labels: options and levels read (鄉、村級 as printed), a 三級 level kept under extra. */
    @org.junit.jupiter.api.Test
    void tickColumnsAndAThirdLevelInTraditionalCharacters(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("catalog.html");
        Files.writeString(f, HanLP.s2t("""
                <html><head><meta charset="utf-8"></head><body><h1>苍溪县民政局政府信息公开目录</h1><table border="1">
                <tr><td rowspan="2">序号</td><td colspan="3">公开事项</td><td rowspan="2">公开时限</td><td colspan="2">公开方式</td><td colspan="2">公开层级</td></tr>
                <tr><td>一级事项</td><td>二级事项</td><td>三级</td><td>主动</td><td>依申请</td><td>县级</td><td>乡、村<br>级</td></tr>
                <tr><td>1</td><td>机构信息</td><td>信息公开</td><td>政府信息公开指南</td><td>信息形成后10个工作日内</td><td>√</td><td></td><td></td><td>√</td></tr>
                <tr><td>2</td><td>机构信息</td><td>信息公开</td><td>政府信息公开目录</td><td>信息形成后10个工作日内</td><td>√</td><td></td><td>√</td><td>√</td></tr>
                </table></body></html>"""), StandardCharsets.UTF_8);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        assertEquals(2, doc.entries().size());
        Entry second = doc.entries().get(1);
        assertEquals("機構信息", second.category());
        assertEquals("信息公開", second.item());
        assertEquals(java.util.Map.of("三級事項", "政府信息公開目錄"), second.extra());
        assertEquals(10, second.deadlineDays());
        assertEquals("working_day", second.deadlineUnit().json());
        assertEquals(List.of("主动公开"), second.disclosureMode());
        assertEquals(List.of("县级", "乡、村级"), second.levels());   // a listed option gives its canonical value
        assertEquals(new org.gkml.catalog.Region("四川省", "广元市", "苍溪县"), doc.region());
        assertEquals("蒼溪縣民政局", doc.agency());
    }

    /** What the pipeline works out of a row, not copies of it: the same whatever the characters. */
    private static String normalised(Entry e) {
        return e.seq() + " | " + e.deadlineDays() + " " + e.deadlineUnit() + " | levels " + e.levels() + " | channels "
                + e.channels().size() + " | audience " + e.audience() + " | mode " + e.disclosureMode() + " | type "
                + e.publicityType() + " | responsible " + e.responsible().size() + " | laws " + e.laws().size()
                + " | web column " + (e.webColumn() != null) + " | extra " + e.extra().size();
    }

    private static String texts(Entry e) {
        return String.join(" | ", String.valueOf(e.category()), String.valueOf(e.item()), String.valueOf(e.content()),
                String.valueOf(e.timeLimit()), String.valueOf(e.subject()), String.join("、", e.channels()));
    }
}

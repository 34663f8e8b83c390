package org.gkml.mapping;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A legend or a summary table printed before the catalog is read as text, not as the catalog's columns or rows. */
class SideTablesTest {

    private static final String CATALOG = """
            <table border="1"><tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容</td><td>公开时限</td><td>公开方式</td></tr>
            <tr><td>1</td><td>政策文件</td><td>规范性文件</td><td>本部门规范性文件</td><td>20个工作日内</td><td>主动公开</td></tr>
            <tr><td>2</td><td>政策文件</td><td>政策解读</td><td>政策解读材料</td><td>20个工作日内</td><td>主动公开</td></tr></table>""";

    private static CatalogDocument read(Path dir, String before) throws Exception {
        Path f = dir.resolve("catalog.html");
        Files.writeString(f, "<html><head><meta charset=\"utf-8\"></head><body><h1>某县民政局政府信息公开目录</h1>"
                + before + CATALOG + "</body></html>");
        return new CatalogReader(Mappings.builtIn()).read(f);
    }

    @Test
    void aLegendOfTheModesIsNotTheCatalogsHeader(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <p>填表说明：</p><table border="1"><tr><td>公开方式</td><td>说明</td></tr>
                <tr><td>主动公开</td><td>行政机关主动向社会公开的政府信息</td></tr>
                <tr><td>依申请公开</td><td>公民、法人或其他组织申请获取的政府信息</td></tr></table>""");
        assertEquals(List.of(List.of("主动公开"), List.of("主动公开")), doc.entries().stream().map(Entry::disclosureMode).toList());
        assertEquals(List.of(), doc.warnings().stream().filter(w -> w.message().contains("行政机关")).toList());
    }

    @Test
    void aSummaryOfTheGroupsGivesNoEntries(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, """
                <table border="1"><tr><td>序号</td><td>一级事项</td><td>二级事项数量</td><td>备注</td></tr>
                <tr><td>1</td><td>政策文件</td><td>2</td><td></td></tr></table>""");
        assertEquals(List.of("规范性文件", "政策解读"), doc.entries().stream().map(Entry::item).toList());
    }
}

package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A catalog posted as delimited text (a spreadsheet's tab-delimited or CSV export): an empty tick cell is two
 * delimiters in a row and must keep the cells after it in their columns. Rows in the wording of a 公共文化服务
 * standard catalog.
 */
class DelimitedTextReaderTest {

    private static final String HEADER = "序号\t一级事项\t二级事项\t公开内容（要素）\t公开依据\t公开时限\t公开主体\t公开渠道和载体\t全社会\t特定群体\t主动\t依申请\n";

    private static CatalogDocument read(Path dir, String text) throws Exception {
        return read(dir, "catalog.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static CatalogDocument read(Path dir, String name, byte[] content) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, content);
        return new CatalogReader(Mappings.builtIn()).read(f);
    }

    @Test
    void emptyTickCellsKeepTheirColumns(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, "某区公共文化服务领域基层政务公开标准目录\n\n" + HEADER
                + "1\t公共文化机构\t机构信息\t名称、地址、开放时间\t《中华人民共和国公共文化服务保障法》\t信息形成或变更之日起20个工作日内\t区文化和旅游局\t政府网站\t√\t\t√\t\n"
                + "2\t公共文化活动\t送戏下乡\t演出场次、时间、地点\t《中华人民共和国公共文化服务保障法》\t演出前3日\t区文化和旅游局\t入户/现场\t\t√\t\t√\n"
                + "\n注：√表示该项适用。\n");
        assertEquals(List.of("机构信息", "送戏下乡"), doc.entries().stream().map(Entry::item).toList());
        assertEquals(List.of(List.of("全社会"), List.of("特定群体")), doc.entries().stream().map(Entry::audience).toList());
        assertEquals(List.of(List.of("主动公开"), List.of("依申请公开")), doc.entries().stream().map(Entry::disclosureMode).toList());
        assertEquals("text/tab-separated", doc.format());
    }

    @Test
    void aQuotedCellRunsOverItsLineBreaks(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, HEADER
                + "1\t公共文化机构\t机构信息\t\"名称\n地址\"\t《中华人民共和国公共文化服务保障法》\t20个工作日内\t区文化和旅游局\t政府网站\t√\t\t√\t\n");
        assertEquals(1, doc.entries().size());
        assertEquals("20个工作日内", doc.entries().get(0).timeLimit());
        assertEquals(List.of("全社会"), doc.entries().get(0).audience());
    }

    @Test
    void aCsvExportKeepsCommasAndLineBreaksInsideQuotedCells(@TempDir Path dir) throws Exception {
        // Excel's "CSV" on a Chinese Windows writes GBK; a basis naming two laws holds an ASCII comma, so it is quoted
        String csv = "某区公共文化服务领域基层政务公开标准目录,,,,,\r\n"
                + "序号,一级事项,二级事项,公开依据,公开时限,公开渠道和载体\r\n"
                + "1,公共文化机构,机构信息,\"《中华人民共和国公共文化服务保障法》,《公共文化体育设施条例》\",信息形成或变更之日起20个工作日内,政府网站\r\n"
                + "2,公共文化活动,送戏下乡,《中华人民共和国公共文化服务保障法》,\"演出前\r\n3日\",\"政府网站、\"\"两微一端\"\"\"\r\n";
        CatalogDocument doc = read(dir, "catalog.csv", csv.getBytes(Charset.forName("GB18030")));
        assertEquals("text/comma-separated", doc.format());
        assertEquals("某区公共文化服务领域基层政务公开标准目录", doc.title());
        assertEquals(List.of("机构信息", "送戏下乡"), doc.entries().stream().map(Entry::item).toList());
        assertEquals(List.of("中华人民共和国公共文化服务保障法", "公共文化体育设施条例"), doc.entries().get(0).laws());
        assertEquals("演出前3日", doc.entries().get(1).timeLimit());
        assertEquals(Integer.valueOf(3), doc.entries().get(1).deadlineDays());
    }

    @Test
    void commasInsideATabSeparatedCellDoNotSplitIt(@TempDir Path dir) throws Exception {
        CatalogDocument doc = read(dir, HEADER
                + "1\t公共文化机构\t机构信息\t名称,地址\t《中华人民共和国公共文化服务保障法》\t20个工作日内\t区文化和旅游局\t政府网站\t√\t\t√\t\n");
        assertEquals("text/tab-separated", doc.format());
        assertEquals("名称,地址", doc.entries().get(0).content());
    }
}

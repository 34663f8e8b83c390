package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A catalog posted as tab-separated text (a spreadsheet's tab-delimited export): an empty tick cell is two tabs in
 * a row and must keep the cells after it in their columns. Rows in the wording of a 公共文化服务 standard catalog.
 */
class TabSeparatedReaderTest {

    private static final String HEADER = "序号\t一级事项\t二级事项\t公开内容（要素）\t公开依据\t公开时限\t公开主体\t公开渠道和载体\t全社会\t特定群体\t主动\t依申请\n";

    private static CatalogDocument read(Path dir, String text) throws Exception {
        Path f = dir.resolve("catalog.txt");
        Files.writeString(f, text);
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
}

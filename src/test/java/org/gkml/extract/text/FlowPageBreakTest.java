package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogJson;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.table.WarningCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A PDF-flow table over two pages: page numbers, the running title and the repeated header are left out. */
class FlowPageBreakTest {

    @Test
    void aPageBreakInsideTheTableChangesNoEntry(@TempDir Path dir) throws Exception {
        Path seed = Path.of("corpus/000_81a0a872453b3846.txt");
        String text = Files.readString(seed);
        String furniture = "\n第 1 页 共 2 页\n\n昆明市西山区医疗保障局政府信息公开基本目录\n\n序号\n公开事项\n\n"
                + "公开内容（要素） 公开依据 公开时限 公开渠道和载体\n公开对象 责任部门\n\n一级事项 二级事项 全社会 特定群体\n\n";
        int at = text.indexOf("6 服务公开");
        assertTrue(at > 0);
        Path twoPages = dir.resolve("000-two-pages.txt");
        Files.writeString(twoPages, text.substring(0, at) + furniture + text.substring(at));

        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        var expected = CatalogJson.toJson(reader.read(seed)).get("entries");
        var doc = reader.read(twoPages);
        var actual = CatalogJson.toJson(doc).get("entries");
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            var e = (com.fasterxml.jackson.databind.node.ObjectNode) expected.get(i).deepCopy();
            var a = (com.fasterxml.jackson.databind.node.ObjectNode) actual.get(i).deepCopy();
            e.remove("source_ref");
            a.remove("source_ref");
            assertEquals(e, a, "entry " + (i + 1));
        }
        assertTrue(doc.warnings().stream().anyMatch(w -> w.code() == WarningCode.PAGE_FURNITURE), doc.warnings().toString());
    }
}

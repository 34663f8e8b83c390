package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gkml.table.WarningCode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rows of notes at the foot of a catalog table (备注：…, 填表人：… | 联系电话：…) are facts about it, not items. */
class NoteRowsTest {

    private static final String HTML = """
            <html><head><meta charset="utf-8"><title>目录</title></head><body>
            <table border="1">
            <tr><td>序号</td><td>公开事项</td><td>公开内容（要素）</td><td>公开时限</td><td>公开渠道和载体</td></tr>
            <tr><td>1</td><td>政策文件</td><td>规范性文件</td><td>信息形成之日起20个工作日内</td><td>政府网站</td></tr>
            <tr><td>2</td><td>财政预算</td><td>部门预算及说明</td><td>批复后20日内</td><td>政府网站</td></tr>
            <tr><td colspan="5">备注：本目录每年更新一次。</td></tr>
            <tr><td colspan="2">填表人：张三</td><td colspan="3">联系电话：0571-12345678</td></tr>
            </table></body></html>
            """;

    @Test
    void noteRowsUnderTheItemsGoToMetaNotEntries(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.html");
        Files.writeString(file, HTML, StandardCharsets.UTF_8);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(2, doc.entries().size(), () -> doc.entries().toString());
        assertEquals(java.util.List.of("政府网站"), doc.entries().get(1).channels());
        assertEquals("本目录每年更新一次。", doc.meta().get("备注"));
        assertEquals("张三", doc.meta().get("填表人"));
        assertEquals("0571-12345678", doc.meta().get("联系电话"));
        assertTrue(doc.warnings().stream().noneMatch(w -> w.code().json().contains("seq")), () -> doc.warnings().toString());
    }

    @Test
    void anItemWhoseCellsHoldColonsIsStillAnItem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("colons.html");
        Files.writeString(file, HTML.replace("<td>2</td><td>财政预算</td>", "<td>2</td><td>财政预算：部门</td>"),
                StandardCharsets.UTF_8);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(2, doc.entries().size());
        Entry second = doc.entries().get(1);
        assertEquals(2, second.seq());
    }
}

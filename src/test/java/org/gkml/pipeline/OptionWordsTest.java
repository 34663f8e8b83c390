package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Option columns written in words instead of ticks: 公开层级 as a list of bare places (县、乡、村) gives each
 * place as printed; words that name no option leave the field empty and say so once, never silently.
 */
class OptionWordsTest {

    private static final String HEADER = "<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开对象</td><td>公开层级</td></tr>";

    @Test
    void levelsWrittenAsBarePlacesAreTheLevels(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, HEADER
                + "<tr><td>1</td><td>办事指南</td><td>办理流程</td><td>全社会</td><td>县、乡、村</td></tr>"
                + "<tr><td>2</td><td>统计数据</td><td>年度数据</td><td>全社会</td><td>乡镇（街道）</td></tr>"
                + "<tr><td>3</td><td>政策文件</td><td>相关政策</td><td>全社会</td><td>县级、乡级</td></tr>");
        assertEquals(List.of(List.of("县", "乡", "村"), List.of("乡镇", "街道"), List.of("县级", "乡级")),
                doc.entries().stream().map(Entry::levels).toList());
        assertEquals(List.of(), unknownOptions(doc));
    }

    @Test
    void wordsNamingNoOptionAreSaidOnceAndLeftEmpty(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, HEADER
                + "<tr><td>1</td><td>办事指南</td><td>办理流程</td><td>各类市场主体</td><td>/</td></tr>"
                + "<tr><td>2</td><td>统计数据</td><td>年度数据</td><td>各类市场主体</td><td>—</td></tr>");
        assertEquals(List.of(List.of(), List.of()), doc.entries().stream().map(Entry::audience).toList());
        List<Warning> unknown = unknownOptions(doc);
        assertEquals(1, unknown.size(), unknown.toString());   // the audience once; "/" and "—" hold no words
        assertTrue(unknown.get(0).message().contains("各类市场主体"), unknown.get(0).message());
    }

    private static List<Warning> unknownOptions(CatalogDocument doc) {
        return doc.warnings().stream().filter(w -> w.code() == WarningCode.UNKNOWN_OPTION).toList();
    }
}

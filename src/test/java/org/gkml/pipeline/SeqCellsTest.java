package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 序号 written as an enumeration (2. 3、 （四） 五 ⑦ No.8 第9项) is its number; a sub-number (6-1) stays empty with a warning. */
class SeqCellsTest {

    @Test
    void anEnumeratedSeqIsItsNumber(@TempDir Path dir) throws Exception {
        StringBuilder rows = new StringBuilder("<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开时限</td></tr>");
        String[] seqs = {"1", "2.", "3、", "（四）", "五", "６", "⑦", "No.8", "第9项", "6-1"};
        for (int i = 0; i < seqs.length; i++) {
            rows.append("<tr><td>").append(seqs[i]).append("</td><td>事项").append(i).append("</td><td>内容</td><td>20个工作日内</td></tr>");
        }
        CatalogDocument doc = TablePages.read(dir, rows.toString());
        assertEquals(Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8, 9, null), doc.entries().stream().map(Entry::seq).toList());
        assertEquals(List.of("序号 '6-1' is not a number; left empty"),
                doc.warnings().stream().filter(w -> w.code() == WarningCode.BAD_SEQ).map(w -> w.message()).toList());
    }
}

package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A cell that says 同上 ("as above") reads as the value above it, laws included, with one warning. */
class DittoCellsTest {

    @Test
    void aDittoCellTakesTheValueAbove(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td><td>公开时限</td><td>公开主体</td></tr>"
                + "<tr><td>1</td><td>异地就医备案</td><td>备案条件、办理流程</td><td>《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》</td><td>长期公开</td><td>某县医疗保障局</td></tr>"
                + "<tr><td>2</td><td>定点医疗机构名单</td><td>定点医疗机构名单</td><td>同上</td><td>即时</td><td>同上。</td></tr>"
                + "<tr><td>3</td><td>结算服务</td><td>结算流程</td><td>同上</td><td>同上</td><td>某县医疗保障局</td></tr>");
        List<String> law = List.of("国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知");
        assertEquals(List.of(law, law, law), doc.entries().stream().map(Entry::laws).toList());
        assertEquals(List.of("长期公开", "即时", "即时"), doc.entries().stream().map(Entry::timeLimit).toList());
        assertEquals(List.of("某县医疗保障局", "某县医疗保障局", "某县医疗保障局"), doc.entries().stream().map(Entry::subject).toList());
        assertEquals(1, doc.warnings().stream().filter(w -> w.code() == WarningCode.DITTO_CELL).count());
    }

    @Test
    void aDittoWithNothingAboveStaysAsPrinted(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><td>序号</td><td>公开事项</td><td>公开内容</td><td>公开依据</td></tr>"
                + "<tr><td>1</td><td>政策文件</td><td>相关政策</td><td>同上</td></tr>");
        assertEquals("同上", doc.entries().get(0).basis());
        assertEquals(0, doc.warnings().stream().filter(w -> w.code() == WarningCode.DITTO_CELL).count());
    }
}

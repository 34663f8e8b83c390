package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 公开渠道 printed as a group of tick sub-columns, one per channel (政府网站 | 政务新媒体 | 公示栏（电子屏）): each
 * tick selects its sub-label's channel, as 公开对象 and 公开层级 ticks select theirs; words written where a tick
 * was expected are kept under extra.
 */
class ChannelTickColumnsTest {

    @Test
    void eachTickedSubColumnIsAChannel(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">二级事项</td><td rowspan=\"2\">公开内容</td><td rowspan=\"2\">公开时限</td>"
                + "<td colspan=\"3\">公开渠道和载体</td><td colspan=\"2\">公开对象</td></tr>"
                + "<tr><td>政府网站</td><td>政务新媒体</td><td>村（居）公示栏（电子屏）</td><td>全社会</td><td>特定群体</td></tr>"
                + "<tr><td>1</td><td>部门预算</td><td>部门预算表及说明</td><td>批复后20日内</td><td>√</td><td>√</td><td></td><td>√</td><td></td></tr>"
                + "<tr><td>2</td><td>三公经费预算</td><td>三公经费预算数</td><td>批复后20日内</td><td>√</td><td></td><td>√</td><td>√</td><td></td></tr>"
                + "<tr><td>3</td><td>政府采购</td><td>采购意向</td><td>20个工作日内</td><td>√</td><td>视情况发布</td><td></td><td>√</td><td></td></tr>");
        List<Entry> entries = doc.entries();
        assertEquals(List.of("政府网站", "政务新媒体"), entries.get(0).channels());
        assertEquals(List.of("政府网站", "村（居）公示栏"), entries.get(1).channels());
        assertEquals(List.of("政府网站"), entries.get(2).channels());
        assertEquals("视情况发布", entries.get(2).extra().get("公开渠道和载体/政务新媒体"));
        assertEquals(List.of("全社会"), entries.get(0).audience());
        assertTrue(doc.warnings().stream().noneMatch(w -> w.code() == WarningCode.UNKNOWN_SUB_LABEL
                || w.code() == WarningCode.DUPLICATE_COLUMN), doc.warnings().toString());
    }
}

package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.table.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * 公开方式 and 公开形式 name the disclosure mode in some catalogs and the channels in others. A catalog with no
 * channel column that lists channels there must give those channels (said once in a warning), and keep the mode
 * where a row states one; the older 政府信息公开目录 layout (索引号 | 信息名称 | 内容概述 | 公开形式 …) reads its
 * 信息名称 as the item.
 */
class ModeColumnChannelsTest {

    @Test
    void channelsListedUnder公开方式AreReadAsChannels(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><th>序号</th><th>二级事项</th><th>公开内容</th><th>公开时限</th><th>公开方式</th><th>公开对象</th></tr>"
                + "<tr><td>1</td><td>参保缴费政策</td><td>参保范围、缴费标准</td><td>20个工作日内</td><td>政府网站、公示栏</td><td>全社会</td></tr>"
                + "<tr><td>2</td><td>异地就医备案</td><td>备案条件、办理流程</td><td>20个工作日内</td><td>政府网站、政务服务中心</td><td>全社会</td></tr>"
                + "<tr><td>3</td><td>医保基金收支</td><td>基金收入、支出、结余</td><td>每年</td><td>主动公开</td><td>全社会</td></tr>");
        List<Entry> entries = doc.entries();
        assertEquals(List.of("政府网站", "公示栏"), entries.get(0).channels());
        assertEquals(List.of("政府网站", "政务服务中心"), entries.get(1).channels());
        assertEquals(List.of(), entries.get(2).channels());
        assertEquals(List.of(), entries.get(0).disclosureMode());
        assertEquals(List.of("主动公开"), entries.get(2).disclosureMode());
        assertEquals(1, doc.warnings().stream().map(Warning::message).filter(m -> m.contains("read as channels")).count());
    }

    @Test
    void theOlderDocumentListReadsItsNameAndForm(@TempDir Path dir) throws Exception {
        CatalogDocument doc = TablePages.read(dir, "<tr><td>索引号</td><td>信息名称</td><td>内容概述</td><td>生成日期</td><td>公开形式</td><td>公开时限</td><td>责任部门</td></tr>"
                + "<tr><td>001</td><td>住房保障政策</td><td>公共租赁住房申请条件、保障标准</td><td>2024-03-01</td><td>网站、公告栏</td>"
                + "<td>自该信息形成或者变更之日起20个工作日内</td><td>住房保障科</td></tr>"
                + "<tr><td>002</td><td>建筑工程施工许可</td><td>许可条件、办理流程、办理结果</td><td>2024-03-05</td><td>主动公开</td>"
                + "<td>作出决定之日起7个工作日内</td><td>行政审批科</td></tr>");
        Entry first = doc.entries().get(0);
        assertEquals("住房保障政策", first.item());
        assertEquals("公共租赁住房申请条件、保障标准", first.content());
        assertEquals(List.of("网站", "公告栏"), first.channels());
        assertEquals(List.of("主动公开"), doc.entries().get(1).disclosureMode());
        assertEquals("2024-03-01", first.extra().get("生成日期"));
    }
}

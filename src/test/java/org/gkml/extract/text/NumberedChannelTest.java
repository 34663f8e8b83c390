package org.gkml.extract.text;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A numbered channel list in a narrow 公开渠道 column ("1.政府 ⏎ 网站；⏎ 2.其他"): its first line, cut short
 * by the column, is a channel name's start, not a numbered content element (mappings/cell-signals.tsv).
 */
class NumberedChannelTest {

    private static final CellSignals SIGNALS = TextVocabulary.of(Mappings.builtIn()).signals();

    @Test
    void aNumberedLineStartingAChannelNameSignalsTheChannelColumn() {
        for (String line : List.of("1.政府", "2、政务", "1.门户网", "（1）政府网站")) {
            assertTrue(SIGNALS.affinity(line, Field.CHANNELS) >= SIGNALS.affinity(line, Field.CONTENT), line);
        }
        // a numbered content element stays content
        for (String line : List.of("1.机构名称；2.开", "3.机构地址")) {
            assertTrue(SIGNALS.affinity(line, Field.CONTENT) > SIGNALS.affinity(line, Field.CHANNELS), line);
        }
    }

    @Test
    void eachRowIsReadOnceWhenItsChannelsAreANumberedList(@TempDir Path dir) throws Exception {
        String row = """
                %d
                %s

                1.机构名称；2.开
                放时间。

                1.《中华人民共和国政府信息公开条例》；2.《公共图书
                馆服务规范》

                信息形成或者
                变更之日起
                20 个工作日
                内公开

                街道文化
                站

                1.政府
                网站；
                2.其他

                √ √ √ √

                """;
        String text = """
                序号
                公开事项

                公开内容
                （要素） 公开依据 公开时限 公开主体

                公开渠
                道和载
                体

                公开对象 公开方式 公开层级
                一级事
                项 二级事项 全社会 特定群

                体 主动 依申请 县级 乡级

                1

                公共服
                务

                """ + row.formatted(1, "图书借阅服务\n信息").substring(2) + row.formatted(2, "阅读推广活动\n信息") + row.formatted(3, "数字资源服务\n信息");
        Path file = dir.resolve("channels.txt");
        Files.writeString(file, text);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(3, doc.entries().size());
        for (Entry e : doc.entries()) {
            assertEquals("街道文化站", e.subject(), e.item());
            assertEquals(List.of("政府网站", "其他"), e.channels(), e.item());
        }
    }
}

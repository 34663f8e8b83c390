package org.gkml.extract.text;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 公开依据 cell naming its rule without book-title marks (信息公开规定, 相关法律法规) shows the basis column's signal
 * (mappings/cell-signals.tsv), so it is not pushed into 公开内容 and every cell left of it one column to the left.
 */
class BasisWithoutMarksTest {

    private static final CellSignals SIGNALS = TextVocabulary.of(Mappings.builtIn()).signals();

    @ParameterizedTest(name = "{0} shows the basis signal: {1}")
    @CsvSource(delimiter = '|', value = {
            "信息公开规定|true",
            "相关法律法规|true",
            "政府信息公开条例|true",
            "城乡居民医保参保政策|false",
            "●文件名称|false",
            "规定动作的执行情况|false",     // 规定 not at the end
    })
    void aRulesNameEndingTheCellIsABasis(String cell, boolean basis) {
        assertEquals(basis, SIGNALS.missingSignalCost(cell, Field.BASIS) == 0, cell);
    }

    @Test
    void bulletedContentStaysBesideItsItem(@TempDir Path dir) throws Exception {
        String text = """
                体育服务领域基层政务公开标准目录

                序
                号

                公开事项
                公开内容
                （要素）

                公开依
                据 公开时限 公开主体 公开渠道和载体

                公开对象 公开方式
                一级
                事项

                二级
                事项

                全
                社会

                特定群
                体 主动 依

                申请

                1

                体育服务
                通用政策

                国家和地方层面
                体育服务相关法
                律、法规、政策
                文件

                ●文件名称
                ●文号
                ●发文部门

                信息公
                开规定

                制定或获取文件
                之日起 10 个工作
                日内

                县级人民政府
                体育部门

                ■政府网站 □政府公报 ■两微一端 □发布会/听证
                会 □广播电视

                √ √

                2
                体育场馆免费开
                放名录

                ●场馆名称
                ●开放时间
                ●联系方式

                信息公
                开规定

                制定或获取名录
                之日起 10 个工作
                日内

                县级人民政府
                体育部门

                ■政府网站 □政府公报 ■两微一端 □发布会/听证
                会 □广播电视

                √ √

                3
                全民健身活动指
                南

                ●活动名称
                ●活动时间和地
                点
                ●报名方式

                信息公
                开规定

                制定或获取指南
                之日起 10 个工作
                日内

                县级人民政府
                体育部门

                ■政府网站 □政府公报 ■两微一端 □发布会/听证
                会 □广播电视

                √ √
""";
        Path file = dir.resolve("basis.txt");
        Files.writeString(file, text);
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(file);
        assertEquals(3, doc.entries().size());
        for (Entry e : doc.entries()) {
            assertEquals("体育服务通用政策", e.category(), e.item());
            assertEquals("信息公开规定", e.basis(), e.item());
            assertTrue(e.content().startsWith("●"), e.content());
        }
    }
}

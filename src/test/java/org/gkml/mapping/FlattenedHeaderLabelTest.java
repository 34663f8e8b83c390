package org.gkml.mapping;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.pipeline.CatalogReader;
import org.gkml.vocabulary.HeaderLexicon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A two-row header printed in one row, group and option together: 公开对象（全社会）, 公开层级-镇级. */
class FlattenedHeaderLabelTest {

    @Test
    void groupAndOptionSplitOnlyWhereTheOptionBelongsToTheGroup() {
        HeaderLexicon lexicon = Mappings.builtIn().headers();
        assertEquals(Optional.of(List.of("公开对象", "全社会")), FlattenedHeaderLabel.split("公开对象（全社会）", lexicon));
        assertEquals(Optional.of(List.of("公开方式", "依申请")), FlattenedHeaderLabel.split("公开方式-依申请", lexicon));
        assertEquals(Optional.empty(), FlattenedHeaderLabel.split("公开内容（要素）", lexicon));
        assertEquals(Optional.empty(), FlattenedHeaderLabel.split("公开主体（全社会）", lexicon));
    }

    @Test
    void flattenedTickColumnsReadAsTheirOptions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("catalog.html");
        Files.writeString(f, "<html><head><meta charset=\"utf-8\"></head><body><h1>某区公共文化服务领域基层政务公开标准目录</h1><table border=\"1\">"
                + "<tr><td>序号</td><td>一级事项</td><td>二级事项</td><td>公开内容（要素）</td><td>公开时限</td>"
                + "<td>公开对象（全社会）</td><td>公开对象（特定群体）</td><td>公开方式（主动）</td><td>公开方式（依申请）</td>"
                + "<td>公开层级（区级）</td><td>公开层级（镇级）</td></tr>"
                + "<tr><td>1</td><td>公共文化机构</td><td>免费开放</td><td>免费开放项目、开放时间</td><td>20个工作日内</td>"
                + "<td></td><td>√</td><td>√</td><td>√</td><td></td><td>√</td></tr></table></body></html>");
        CatalogDocument doc = new CatalogReader(Mappings.builtIn()).read(f);
        Entry e = doc.entries().get(0);
        assertEquals(List.of("特定群体"), e.audience());
        assertEquals(List.of("主动公开", "依申请公开"), e.disclosureMode());
        assertEquals(List.of("镇级"), e.levels());
    }
}

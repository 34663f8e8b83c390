package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The item-level labels real catalogs print in place of 一级事项 / 二级事项 (bare 一级 / 二级 under 公开事项,
 * 一级目录 / 二级, 大类 / 小类, 类别 / 事项): a corpus catalog relabelled so must give the same entries, in every
 * kind of file the labels can be rewritten in (Word table as text, PDF-flow text, HTML).
 */
class LabelVariantsTest {

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
            "corpus/002_10e874960aa90f81.txt,                  一级,     二级",
            "corpus/002_10e874960aa90f81.txt,                  类别,     事项",
            "corpus/003_0c93a4fb907a582b.txt,                  大类,     小类",
            "corpus/layouts/a2_luoyang_housing_word.txt,       一级目录, 二级",
            "corpus/renditions/001_d1b07a4c651a3051.html,      一级,     二级",
            "corpus/renditions/002_10e874960aa90f81.html,      类别,     事项",
            "corpus/renditions/004_43e84b5de54c8a3d.html,      大类,     小类",
            "corpus/000_81a0a872453b3846.txt,                  一级,     二级",
            "corpus/layouts/b1_jiangchuan_street_flow.txt,     一级,     二级",
            // Guangdong's 主动公开基本目录: 公开类别及事项 over 一级栏目 / 二级栏目 (栏目 is no web column there)
            "corpus/renditions/001_d1b07a4c651a3051.html,      一级栏目, 二级栏目",
            "corpus/002_10e874960aa90f81.txt,                  一级栏目, 二级栏目",
            "corpus/renditions/002_10e874960aa90f81.html,      一级类别, 二级类别",
            "corpus/renditions/004_43e84b5de54c8a3d.html,      一级分类, 二级分类",
    })
    void relabelledLevelsGiveTheSameEntries(String file, String first, String second, @TempDir Path dir) throws Exception {
        Path original = Path.of(file);
        String text = Files.readString(original, StandardCharsets.UTF_8);
        Path relabelled = dir.resolve(original.getFileName());
        Files.writeString(relabelled, text.replace("一级事项", first).replace("二级事项", second), StandardCharsets.UTF_8);
        CatalogReader reader = new CatalogReader(Mappings.builtIn());
        assertEquals(levels(reader.read(original)), levels(reader.read(relabelled)));
    }

    private static List<String> levels(CatalogDocument doc) {
        return doc.entries().stream().map(LabelVariantsTest::levels).toList();
    }

    private static String levels(Entry e) {
        return e.seq() + " | " + e.domain() + " | " + e.category() + " | " + e.item() + " | " + e.content();
    }
}

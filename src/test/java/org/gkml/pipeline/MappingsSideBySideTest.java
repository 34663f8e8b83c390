package org.gkml.pipeline;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Two readers with different mappings, in one JVM at once: each reads the same catalog its own way. */
class MappingsSideBySideTest {

    private static final String CATALOG = "某区公共文化服务领域基层政务公开标准目录\n\n"
            + "序号\t二级事项\t公开内容\t公开时限\t经办窗口\n"
            + "1\t机构信息\t名称、地址\t20个工作日内\t三号窗口\n"
            + "2\t送戏下乡\t演出场次\t演出前3日\t五号窗口\n";

    @Test
    void aHeaderSynonymInAnOverrideFolderMapsAColumnForThatReaderOnly(@TempDir Path dir) throws Exception {
        Path overrides = Files.createDirectory(dir.resolve("mappings"));
        Files.writeString(overrides.resolve("headers.tsv"), builtIn("headers.tsv") + "\nresponsible\t经办窗口\n");
        Path catalog = dir.resolve("catalog.txt");
        Files.writeString(catalog, CATALOG);

        CatalogReader plain = new CatalogReader(Mappings.builtIn());
        CatalogReader extended = new CatalogReader(Mappings.load(overrides));
        CatalogDocument withSynonym = extended.read(catalog);
        CatalogDocument without = plain.read(catalog);
        CatalogDocument withSynonymAgain = extended.read(catalog);

        assertEquals(List.of(List.of("三号窗口"), List.of("五号窗口")), withSynonym.entries().stream().map(Entry::responsible).toList());
        assertEquals(List.of(Map.of(), Map.of()), withSynonym.entries().stream().map(Entry::extra).toList());
        assertEquals(List.of(List.of(), List.of()), without.entries().stream().map(Entry::responsible).toList());
        assertEquals(List.of(Map.of("经办窗口", "三号窗口"), Map.of("经办窗口", "五号窗口")), without.entries().stream().map(Entry::extra).toList());
        assertEquals(withSynonym.entries(), withSynonymAgain.entries(), "the plain reader left no trace on the other");
        assertNull(without.entries().get(0).remarks());
    }

    private static String builtIn(String name) throws IOException {
        try (InputStream in = Mappings.class.getResourceAsStream("/mappings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

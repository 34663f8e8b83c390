package org.gkml.pipeline;

import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.MappingsException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Files only one stage understands are parsed when the reader is built: still before any catalog, still by line. */
class StageMappingsTest {

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("web-chrome.tsv", "start\t您当前的位置\nword\t网站地图\nbanner\t首页\n", "unknown kind"),
                Arguments.of("region-aliases.tsv", "科右前旗\t科尔沁右翼前旗\n科右中旗\t科尔沁右翼中旗\n某旗\t不存在的地方\n", "exactly one place"),
                Arguments.of("regions.tsv", "11\t北京市\tprovince\n12\t天津市\tprovince\n13\t河北省\tstate\n", "province, city or county"),
                Arguments.of("cell-signals.tsv", "basis\t3\t^《\nbasis\t2\t》\nnowhere\t1\t法\n", "not a schema field"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadRowFailsTheReadersConstruction(String name, String content, String says, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(name), content);
        Mappings mappings = Mappings.load(dir);
        MappingsException e = assertThrows(MappingsException.class, () -> new CatalogReader(mappings));
        assertEquals(dir.resolve(name).toString(), e.file());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}

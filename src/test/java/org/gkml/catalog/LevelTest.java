package org.gkml.catalog;

import org.gkml.GoldenValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LevelTest {

    @ParameterizedTest
    @CsvSource({"PROVINCE, province", "CITY, city", "COUNTY, county"})
    void everyLevelRoundTripsThroughTheSchemaJson(Level level, String json) {
        assertEquals(json, level.json());
        assertEquals(Optional.of(level), Level.fromJson(json));
        CatalogDocument doc = new CatalogDocument("a.txt", "text", null, null, Region.UNKNOWN, level, Map.of(),
                EnumSet.noneOf(Field.class), List.of(), List.of());
        var o = CatalogJson.toJson(doc);
        assertEquals(json, o.get("level").asText());
        assertEquals(level, CatalogJsonReader.fromJson(o).level());
    }

    @Test
    void theGoldenFilesHoldExactlyTheseLevels() {
        Set<String> all = EnumSet.allOf(Level.class).stream().map(Level::json).collect(Collectors.toSet());
        assertEquals(all, GoldenValues.under("level"));
    }

    @Test
    void levelsRunFromTheBroadestDown() {
        assertEquals(List.of(Level.PROVINCE, Level.CITY, Level.COUNTY), List.of(Level.values()));
    }

    @Test
    void aWordThatIsNoLevelIsRefusedNamingWhereItCameFrom() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Level.parse("town", "catalog-names.tsv"));
        assertEquals("catalog-names.tsv: \"town\" is not a level (province, city, county)", e.getMessage());
    }

    @Test
    void everyLevelTheMappingsNameIsALevel() throws Exception {
        List<String[]> rows = Files.readAllLines(Path.of("mappings/catalog-names.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("level-")).map(l -> l.split("\t")).toList();
        assertTrue(rows.size() > 10, "catalog-names.tsv lists level words");
        for (String[] r : rows) assertTrue(Level.fromJson(r[2]).isPresent(), String.join("\t", r));
    }
}

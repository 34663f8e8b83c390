package org.gkml.catalog;

import org.gkml.GoldenValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeadlineUnitTest {

    @ParameterizedTest
    @CsvSource({"WORKING_DAY, working_day", "DAY, day"})
    void everyUnitRoundTripsThroughTheSchemaJson(DeadlineUnit unit, String json) {
        assertEquals(json, unit.json());
        assertEquals(Optional.of(unit), DeadlineUnit.fromJson(json));
        Entry e = new Entry(1, null, "类别", "事项", null, null, List.of(), "5日内", 5, unit, null, List.of(), null, List.of(),
                List.of(), List.of(), List.of(), null, List.of(), null, Map.of(), null);
        CatalogDocument doc = new CatalogDocument("a.txt", "text", null, null, Region.UNKNOWN, null, Map.of(),
                EnumSet.of(Field.DEADLINE_DAYS, Field.DEADLINE_UNIT), List.of(e), List.of());
        var json1 = CatalogJson.toJson(doc);
        assertEquals(json, json1.get("entries").get(0).get("deadline_unit").asText());
        assertEquals(unit, CatalogJsonReader.fromJson(json1).entries().get(0).deadlineUnit());
    }

    @Test
    void theGoldenFilesHoldExactlyTheseUnits() {
        Set<String> all = EnumSet.allOf(DeadlineUnit.class).stream().map(DeadlineUnit::json).collect(Collectors.toSet());
        assertEquals(all, GoldenValues.under("deadline_unit"));
    }

    @Test
    void anUnknownUnitInJsonIsRefusedByName() {
        var o = CatalogJson.MAPPER.createObjectNode();
        o.putArray("entries").addObject().put("deadline_unit", "fortnight");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CatalogJsonReader.fromJson(o));
        assertTrue(e.getMessage().contains("\"fortnight\" is neither working_day nor day"), e.getMessage());
    }
}

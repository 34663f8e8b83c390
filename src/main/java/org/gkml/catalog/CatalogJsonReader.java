package org.gkml.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the schema's JSON (what {@link CatalogJson} writes, and the gold files) back into a {@link CatalogDocument}.
 * A catalog's fields are the entry keys that occur in it.
 */
public final class CatalogJsonReader {

    private CatalogJsonReader() {
    }

    public static CatalogDocument read(Path file) throws IOException {
        return fromJson(CatalogJson.MAPPER.readTree(file.toFile()));
    }

    public static CatalogDocument fromJson(JsonNode o) {
        JsonNode r = o.path("region");
        Region region = new Region(text(r.get("province")), text(r.get("city")), text(r.get("county")));
        Map<String, Object> meta = new LinkedHashMap<>();
        if (o.get("meta") != null && o.get("meta").isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.get("meta").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                meta.put(m.getKey(), CatalogJson.MAPPER.convertValue(m.getValue(), Object.class));
            }
        }
        Set<Field> fields = EnumSet.noneOf(Field.class);
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : o.path("entries")) {
            for (Field f : Field.values()) if (e.has(f.key())) fields.add(f);
            entries.add(entry(e));
        }
        return new CatalogDocument(text(o.get("source")), text(o.get("format")), text(o.get("title")),
                text(o.get("agency")), region, level(o.get("level")), meta, fields, entries, List.of());
    }

    private static Entry entry(JsonNode e) {
        Map<String, String> extra = new LinkedHashMap<>();
        if (e.get("extra") != null) e.get("extra").fields().forEachRemaining(x -> extra.put(x.getKey(), x.getValue().asText()));
        return new Entry(integer(e.get("seq")), text(e.get("domain")), text(e.get("category")), text(e.get("item")),
                text(e.get("content")), text(e.get("basis")), list(e.get("laws")), text(e.get("time_limit")),
                integer(e.get("deadline_days")), deadlineUnit(e.get("deadline_unit")), text(e.get("subject")),
                list(e.get("channels")), text(e.get("web_column")), list(e.get("audience")),
                list(e.get("disclosure_mode")), list(e.get("responsible")), list(e.get("publicity_type")),
                text(e.get("update_frequency")), list(e.get("levels")), text(e.get("remarks")), extra, null);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static Level level(JsonNode n) {
        String level = text(n);
        return level == null ? null : Level.parse(level, "level");
    }

    private static DeadlineUnit deadlineUnit(JsonNode n) {
        String unit = text(n);
        if (unit == null) return null;
        return DeadlineUnit.fromJson(unit).orElseThrow(() -> new IllegalArgumentException("deadline_unit \"" + unit
                + "\" is neither " + String.join(" nor ", java.util.Arrays.stream(DeadlineUnit.values()).map(DeadlineUnit::json).toList())));
    }

    private static Integer integer(JsonNode n) {
        return n == null || n.isNull() || !n.canConvertToInt() ? null : n.asInt();
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) for (JsonNode x : n) if (!x.isNull()) out.add(x.asText());
        return out;
    }
}

package org.gkml.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.table.Warning;

import java.util.Map;

/** Writes a {@link CatalogDocument} as the schema's JSON: only the fields the catalog has, nulls kept. */
public final class CatalogJson {

    public static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogJson() {
    }

    public static ObjectNode toJson(CatalogDocument doc) {
        ObjectNode o = MAPPER.createObjectNode();
        putFacts(o, doc);
        ArrayNode entries = o.putArray("entries");
        for (Entry e : doc.entries()) entries.add(toJson(e, doc));
        putWarnings(o, doc);
        return o;
    }

    /** The catalog's own keys, source to meta, in the order the document JSON gives them. */
    public static void putFacts(ObjectNode o, CatalogDocument doc) {
        o.put("source", doc.source());
        o.put("format", doc.format());
        o.put("title", doc.title());
        o.put("agency", doc.agency());
        o.set("region", toJson(doc.region()));
        o.put("level", doc.level() == null ? null : doc.level().json());
        o.set("meta", MAPPER.valueToTree(doc.meta()));
    }

    /** The catalog's warnings with their positions, under "warnings". */
    public static void putWarnings(ObjectNode o, CatalogDocument doc) {
        ArrayNode warnings = o.putArray("warnings");
        for (Warning w : doc.warnings()) {
            ObjectNode wn = warnings.addObject();
            wn.put("code", w.code().json());
            wn.put("message", w.message());
            if (w.where() != null) wn.put("where", w.where().toString());
        }
    }

    /** The parts of a region the catalog tells, absent parts left out. */
    public static ObjectNode toJson(Region region) {
        ObjectNode o = MAPPER.createObjectNode();
        Region r = region == null ? Region.UNKNOWN : region;
        if (r.province() != null) o.put("province", r.province());
        if (r.city() != null) o.put("city", r.city());
        if (r.county() != null) o.put("county", r.county());
        return o;
    }

    public static ObjectNode toJson(Entry e, CatalogDocument doc) {
        ObjectNode n = MAPPER.createObjectNode();
        for (Field f : Field.values()) {
            if (doc.fields().contains(f)) n.set(f.key(), MAPPER.valueToTree(e.get(f)));
        }
        if (!e.extra().isEmpty()) {
            ObjectNode extra = n.putObject("extra");
            for (Map.Entry<String, String> x : new java.util.TreeMap<>(e.extra()).entrySet()) extra.put(x.getKey(), x.getValue());
        }
        if (e.source() != null) n.put("source_ref", e.source().toString());
        return n;
    }

    public static String toPrettyString(CatalogDocument doc) {
        try {
            return MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + doc.source(), e);
        }
    }
}

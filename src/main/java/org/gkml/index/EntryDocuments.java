package org.gkml.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns a catalog into its Lucene documents: one marker document, then one document per entry. */
public final class EntryDocuments {

    private EntryDocuments() {
    }

    /** Facet settings matching the documents built here. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (FilterKey key : FilterKey.values()) if (key.multiValued()) config.setMultiValued(key.key(), true);
        return config;
    }

    /** @param readAt when the catalog was read (ISO-8601 UTC), kept with its facts */
    public static List<Document> build(String docId, String hash, CatalogDocument doc, String readAt, FacetsConfig config) throws IOException {
        List<Document> docs = new ArrayList<>();
        Document marker = new Document();
        marker.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_CATALOG, Field.Store.NO));
        marker.add(new StringField(IndexFields.DOC_ID, docId, Field.Store.YES));
        marker.add(new StoredField(IndexFields.HASH, hash));
        marker.add(new StoredField(IndexFields.FACTS, CatalogFacts.json(docId, doc, readAt)));
        for (String field : IndexFields.TEXT_FIELDS) noText(marker, field);
        docs.add(marker);
        int ordinal = 0;
        for (Entry e : doc.entries()) docs.add(config.build(entry(docId, doc, e, ordinal++)));
        return docs;
    }

    /** The exported record: the entry's schema keys with the catalog facts in front. */
    public static ObjectNode record(String docId, CatalogDocument doc, Entry e) {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("doc_id", docId);
        o.put("source", doc.source());
        o.put("agency", doc.agency());
        o.set("region", CatalogJson.toJson(doc.region()));
        o.put("level", doc.level() == null ? null : doc.level().json());
        o.setAll(CatalogJson.toJson(e, doc));
        return o;
    }

    private static Document entry(String docId, CatalogDocument doc, Entry e, int ordinal) throws IOException {
        Document d = new Document();
        d.add(new StringField(IndexFields.TYPE, IndexFields.TYPE_ENTRY, Field.Store.NO));
        d.add(new StringField(IndexFields.DOC_ID, docId, Field.Store.YES));
        d.add(new StoredField(IndexFields.ORDINAL, ordinal));
        Written written = written(docId, doc, e);
        d.add(new StoredField(IndexFields.RECORD, written.record()));
        long hash = written.contentHash();
        d.add(new NumericDocValuesField(IndexFields.CONTENT_HASH, hash));
        d.add(new StringField(IndexFields.CONTENT_HASH_TERM, hashTerm(hash), Field.Store.NO));

        Map<String, String> texts = texts(doc, e);
        for (String field : IndexFields.TEXT_FIELDS) {
            String value = texts.get(field);
            if (value == null) noText(d, field);
            else text(d, field, value);
        }
        for (Map.Entry<FilterKey, List<String>> k : keys(doc, e).entrySet()) {
            for (String v : k.getValue()) keyword(d, k.getKey(), v);
            if (SearchRequest.GROUP_KEYS.contains(k.getKey().key())) {
                d.add(new SortedDocValuesField(groupField(k.getKey().key()), new BytesRef(k.getValue().get(0))));
            }
        }
        return d;
    }

    /**
     * The entry's searchable text per field of {@link IndexFields#TEXT_FIELDS} (absent when blank), each indexed
     * as {@code name + WORDS} and {@code name + BIGRAMS}; the one place that says which columns feed which field,
     * for every store.
     */
    public static Map<String, String> texts(CatalogDocument doc, Entry e) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(IndexFields.ITEM, e.item());
        t.put(IndexFields.CATEGORY, join(Stream.of(e.category(), e.domain())));
        t.put(IndexFields.CONTENT, e.content());
        t.put(IndexFields.BASIS, e.basis());
        t.put(IndexFields.OTHER, join(Stream.of(
                Stream.of(e.subject(), e.timeLimit(), e.webColumn(), e.remarks(), e.updateFrequency()),
                e.channels().stream(), e.responsible().stream(), e.levels().stream(), e.extra().values().stream()
        ).flatMap(s -> s)));
        Region r = doc.region() == null ? Region.UNKNOWN : doc.region();
        t.put(IndexFields.PLACE, join(Stream.of(doc.agency(), r.province(), r.city(), r.county())));
        t.values().removeIf(v -> v == null || v.isBlank());
        return t;
    }

    /** The entry's exact values per filter key (distinct, stripped, blanks dropped; keys without values absent). */
    public static Map<FilterKey, List<String>> keys(CatalogDocument doc, Entry e) {
        Map<FilterKey, List<String>> k = new LinkedHashMap<>();
        for (FilterKey key : FilterKey.values()) {
            List<String> values = distinct(key.valuesOf(doc, e));
            if (!values.isEmpty()) k.put(key, values);
        }
        return k;
    }

    /** The doc-values field that hits are grouped by for {@code key} (one of {@link SearchRequest#GROUP_KEYS}). */
    static String groupField(String key) {
        return IndexFields.GROUP_PREFIX + key;
    }

    /**
     * The entry's identity apart from where it was read: its record without doc_id, source and source_ref, so that
     * one catalog ingested from its DOCX and its PDF gives equal hashes. The first 64 bits of SHA-256: among a
     * million entries two different ones share a hash with a chance near 10⁻⁷.
     */
    static long contentHash(ObjectNode record) throws IOException {
        // a shallow copy in the record's order: the values are only read
        ObjectNode content = CatalogJson.MAPPER.createObjectNode();
        record.fields().forEachRemaining(f -> {
            if (!WHERE_READ.contains(f.getKey())) content.set(f.getKey(), f.getValue());
        });
        MessageDigest sha = SHA_256.get();
        sha.reset();
        return ByteBuffer.wrap(sha.digest(CatalogJson.MAPPER.writeValueAsBytes(content))).getLong();
    }

    /** An entry's record as JSON and its {@link #contentHash content hash}. */
    record Written(String record, long contentHash) {
    }

    /**
     * The JSON of {@link #record} and its content hash, written in one pass straight from the entry: the same text
     * and the same hash as serialising the record's tree (IndexingIdentityTest compares them on the test corpus), without
     * building the tree (a conversion of every value through a token buffer), serialising it, and building and
     * serialising its content copy again. A tenth of what an indexing thread spent went there.
     */
    static Written written(String docId, CatalogDocument doc, Entry e) throws IOException {
        StringWriter text = new StringWriter(1024);
        ByteArrayOutputStream content = new ByteArrayOutputStream(1024);
        JsonFactory json = CatalogJson.MAPPER.getFactory();
        try (JsonGenerator r = json.createGenerator(text); JsonGenerator c = json.createGenerator(content, JsonEncoding.UTF8)) {
            r.writeStartObject();
            c.writeStartObject();
            r.writeStringField("doc_id", docId);
            r.writeStringField("source", doc.source());
            for (JsonGenerator g : List.of(r, c)) {
                g.writeStringField("agency", doc.agency());
                g.writeObjectFieldStart("region");
                Region region = doc.region() == null ? Region.UNKNOWN : doc.region();
                if (region.province() != null) g.writeStringField("province", region.province());
                if (region.city() != null) g.writeStringField("city", region.city());
                if (region.county() != null) g.writeStringField("county", region.county());
                g.writeEndObject();
                g.writeStringField("level", doc.level() == null ? null : doc.level().json());
                for (org.gkml.catalog.Field f : org.gkml.catalog.Field.values()) {
                    if (!doc.fields().contains(f)) continue;
                    g.writeFieldName(f.key());
                    value(g, e.get(f));
                }
                if (!e.extra().isEmpty()) {
                    g.writeObjectFieldStart("extra");
                    for (Map.Entry<String, String> x : new java.util.TreeMap<>(e.extra()).entrySet()) g.writeStringField(x.getKey(), x.getValue());
                    g.writeEndObject();
                }
            }
            if (e.source() != null) r.writeStringField("source_ref", e.source().toString());
            r.writeEndObject();
            c.writeEndObject();
        }
        MessageDigest sha = SHA_256.get();
        sha.reset();
        return new Written(text.toString(), ByteBuffer.wrap(sha.digest(content.toByteArray())).getLong());
    }

    /** A value as its tree would be written: strings, numbers and lists directly, anything else by the mapper. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) g.writeNull();
        else if (v instanceof String s) g.writeString(s);
        else if (v instanceof Integer i) g.writeNumber(i);
        else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) value(g, o);
            g.writeEndArray();
        } else g.writeTree(CatalogJson.MAPPER.valueToTree(v));
    }

    /** The record keys that say where an entry was read, left out of its content hash. */
    private static final java.util.Set<String> WHERE_READ = java.util.Set.of("doc_id", "source", "source_ref");

    /** One digest per indexing thread: looking the algorithm up costs as much as hashing a record. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JVM has no SHA-256", ex);
        }
    });

    /** The hash as its keyword term. */
    static String hashTerm(long hash) {
        return Long.toHexString(hash);
    }

    private static void text(Document d, String name, String value) {
        if (value == null || value.isBlank()) return;
        d.add(new TextField(name + IndexFields.WORDS, value, Field.Store.NO));
        // Stored once, on the bigram field, for snippets.
        d.add(new TextField(name + IndexFields.BIGRAMS, value, Field.Store.YES));
    }

    /**
     * A text field without text: no terms (so the field's statistics, and every score, stay as without it), but a
     * norm, so that the field's norms are on every document. Sparse norms are looked up through a skip structure
     * for every match scored (a tenth of a search's matching); dense ones are read directly.
     */
    private static void noText(Document d, String name) {
        d.add(new TextField(name + IndexFields.WORDS, "", Field.Store.NO));
        d.add(new TextField(name + IndexFields.BIGRAMS, "", Field.Store.NO));
    }

    private static void keyword(Document d, FilterKey key, String v) {
        d.add(new StringField(key.field(), v, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(key.key(), v));
    }

    private static String join(Stream<String> parts) {
        String s = parts.filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining("\n"));
        return s.isEmpty() ? null : s;
    }

    private static List<String> distinct(List<String> values) {
        // a loop, not a stream: this runs for every filter key of every entry
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            if (v == null) continue;
            String s = v.strip();
            if (!s.isEmpty() && !out.contains(s)) out.add(s);
        }
        return List.copyOf(out);
    }
}

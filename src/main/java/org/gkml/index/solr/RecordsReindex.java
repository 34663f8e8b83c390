package org.gkml.index.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.CatalogJsonReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds a collection's documents from a records.jsonl (as `gkml ingest` writes it: one record per entry,
 * grouped by doc_id in entry order) without reading any catalog file again. Each document is replaced whole;
 * documents of the collection that the file does not hold are deleted. The content hashes come from the
 * records.state beside the file when there is one (then the next ingest skips unchanged files); otherwise the
 * next ingest reads every file once (as it does when the collection holds no note of how its records were
 * read). Committed every {@code checkpoint} documents and at the end.
 */
public final class RecordsReindex {

    /** What a rebuild did. */
    public record Outcome(int documents, long entries, int deleted, boolean hashesKnown) {
    }

    /** Stands for a hash the records file does not know: no file's hash equals it, so the next ingest reads it. */
    static final String UNKNOWN_HASH = "unknown";

    private RecordsReindex() {
    }

    public static Outcome run(Path records, SolrCatalogStore store, int checkpoint) throws IOException {
        if (checkpoint < 1) throw new IllegalArgumentException("checkpoint must be at least 1: " + checkpoint);
        Map<String, String> hashes = hashes(records.resolveSibling("records.state"));
        Map<String, String> facts = facts(records.resolveSibling("catalogs.jsonl"));
        // a collection rebuilt in place keeps the note of how its records were read; a new one has none, and the
        // next ingest then reads every file once (the records say nothing of the gkml and mappings that made them)
        Map<String, String> commitData = store.lastCommitData();
        Set<String> seen = new HashSet<>();
        int documents = 0;
        long entries = 0;
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            String docId = null;
            List<String> lines = new ArrayList<>();
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode r = CatalogJson.MAPPER.readTree(line);
                String id = r.path("doc_id").asText(null);
                if (id == null) throw new IOException(records + " line " + lineNo + ": a record without doc_id");
                if (docId != null && !docId.equals(id)) {
                    if (!seen.add(docId)) throw new IOException(records + " line " + lineNo + ": the records of " + docId + " are not together");
                    replace(store, docId, lines, hashes, facts);
                    documents++;
                    if (documents % checkpoint == 0) store.commit(commitData);
                    lines.clear();
                }
                docId = id;
                lines.add(line);
                entries++;
            }
            if (docId != null) {
                if (!seen.add(docId)) throw new IOException(records + ": the records of " + docId + " are not together");
                replace(store, docId, lines, hashes, facts);
                documents++;
            }
        }
        int deleted = 0;
        for (String old : store.versions().keySet()) {
            if (!seen.contains(old)) {
                store.delete(old);
                deleted++;
            }
        }
        store.commit(commitData);
        return new Outcome(documents, entries, deleted, !hashes.isEmpty());
    }

    private static void replace(SolrCatalogStore store, String docId, List<String> lines, Map<String, String> hashes, Map<String, String> facts) throws IOException {
        JsonNode first = CatalogJson.MAPPER.readTree(lines.get(0));
        ObjectNode doc = CatalogJson.MAPPER.createObjectNode();
        doc.set("source", first.get("source"));
        doc.set("agency", first.get("agency"));
        doc.set("region", first.get("region"));
        doc.set("level", first.get("level"));
        var entries = doc.putArray("entries");
        for (String l : lines) entries.add(CatalogJson.MAPPER.readTree(l));
        CatalogDocument catalog = CatalogJsonReader.fromJson(doc);
        store.replace(docId, hashes.getOrDefault(docId, UNKNOWN_HASH), catalog, List.copyOf(lines), facts.get(docId));
    }

    /**
     * The catalogs' facts beside the records (catalogs.jsonl), by document id, as ingest stored them: kept as read, so
     * the rebuilt collection tells the same warnings and reading times. A catalog without a line (or a folder an older
     * gkml wrote) gets the facts its records tell, read now.
     */
    private static Map<String, String> facts(Path file) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        if (!Files.isRegularFile(file)) return out;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            try {
                String id = CatalogJson.MAPPER.readTree(line).path("doc_id").asText(null);
                if (id != null) out.put(id, line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // a line that cannot be read: that catalog's facts are told by its records
            }
        }
        return out;
    }

    private static Map<String, String> hashes(Path state) {
        try {
            if (!Files.isRegularFile(state)) return Map.of();
            JsonNode h = CatalogJson.MAPPER.readTree(state.toFile()).path("hashes");
            Map<String, String> out = new java.util.HashMap<>();
            h.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        } catch (IOException e) {
            return Map.of(); // an unreadable state only costs the next ingest a full read
        }
    }
}

package org.gkml.report.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.CatalogJsonReader;
import org.gkml.catalog.Entry;
import org.gkml.index.CatalogStore;
import org.gkml.report.ReportCatalog;
import org.gkml.report.ReportException;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogs of an ingested data folder: DATA/records.jsonl (one entry per line, grouped by document, as ingest
 * writes it) read line by line, so only one catalog is in memory at a time. The records hold the entries; the
 * catalog's facts (title, format, agency, region, level, declared count, warnings with their positions, when it was
 * read) come from DATA/catalogs.jsonl, which ingest writes with the records. A folder without them (written by an
 * older gkml, or a collection an older gkml wrote) falls back to the records' agency, region and level, the file's
 * extension and the run reports in DATA/runs ({@link RunHistory}).
 *
 * <p>Or the same records as a store lists them ({@link CatalogStore#forEachRecord}: the lines records.jsonl is
 * written from, in its order), with the catalogs' facts as the store keeps them ({@link CatalogStore#writeCatalogs}:
 * the lines catalogs.jsonl is written from), for a SolrCloud collection read on a machine other than the one that
 * ingested; the run reports, for catalogs without facts, then come from a data folder when one is given.
 */
public final class RecordsSource implements CatalogSource {

    private final Path data;
    private final CatalogStore store;
    private final String storeName;

    /** The records.jsonl and run reports of the data folder {@code data}. */
    public RecordsSource(Path data) {
        this.data = data;
        this.store = null;
        this.storeName = null;
    }

    /**
     * The records {@code store} holds (named {@code storeName} in messages), and the run reports of {@code data}
     * (null: none, so no warnings or declared counts).
     */
    public RecordsSource(CatalogStore store, String storeName, Path data) {
        this.data = data;
        this.store = java.util.Objects.requireNonNull(store, "store");
        this.storeName = storeName;
    }

    @Override
    public void read(Sink sink, Progress progress) throws IOException, ReportException {
        if (store != null) {
            readStore(sink, progress);
            return;
        }
        Path records = data.resolve("records.jsonl");
        if (!Files.isDirectory(data)) throw new ReportException(data + ": no such data folder; run `gkml ingest PATH --data " + data + "` first");
        if (!Files.isRegularFile(records)) throw new ReportException(data + ": holds no records.jsonl; is it a folder `gkml ingest` filled?");
        Grouper catalogs = new Grouper(records.toString(), facts(data.resolve("catalogs.jsonl")), RunHistory.read(data.resolve("runs")), sink);
        progress.start("report", Math.max(1, Files.size(records) / 1024), "KB");
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            long bytes = 0;
            for (String line; (line = in.readLine()) != null; ) {
                bytes += line.length() * 3L + 1;   // UTF-8 upper bound: the bar is a guide, not a count
                if (bytes >= 1024) {
                    progress.stepBy(bytes / 1024);
                    bytes %= 1024;
                }
                catalogs.line(line);
            }
            catalogs.end();
        } finally {
            progress.close();
        }
    }

    /**
     * The store's records, one at a time. An IOException of the catalogs' consumer comes out as it is; any other is the
     * store's: it could not be read.
     */
    private void readStore(Sink sink, Progress progress) throws IOException, ReportException {
        // the store's catalog facts (one line per catalog); a catalog without them (a collection an older gkml wrote)
        // takes its facts from the run reports, as for a data folder without catalogs.jsonl
        java.io.StringWriter factLines = new java.io.StringWriter();
        try {
            store.writeCatalogs(factLines);
        } catch (IOException e) {
            throw new ReportException("cannot read the records of " + storeName + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        }
        Grouper catalogs = new Grouper(storeName, facts(factLines.toString().lines()), data == null ? RunHistory.none() : RunHistory.read(data.resolve("runs")), sink);
        try {
            progress.start("report", Math.max(1, store.recordCount()), "entries");
            store.forEachRecord(line -> {
                progress.stepBy(1);
                catalogs.line(line);
            });
        } catch (IOException e) {
            if (catalogs.consumerFailure == e) throw e;
            throw new ReportException("cannot read the records of " + storeName + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
        } finally {
            progress.close();
        }
        catalogs.end();
    }

    /** Records in, catalogs out: consecutive records of one document make one catalog. */
    private static final class Grouper {
        private final String where;
        private final Map<String, JsonNode> facts;
        private final RunHistory history;
        private final Sink sink;
        private final List<JsonNode> group = new ArrayList<>();
        private String docId;
        private int lineNo;
        /** What the catalogs' consumer threw, told apart from the store's own failures. */
        IOException consumerFailure;

        Grouper(String where, Map<String, JsonNode> facts, RunHistory history, Sink sink) {
            this.where = where;
            this.facts = facts;
            this.history = history;
            this.sink = sink;
        }

        void line(String line) throws IOException, ReportException {
            lineNo++;
            if (line.isBlank()) return;
            JsonNode r;
            try {
                r = CatalogJson.MAPPER.readTree(line);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new ReportException(where + " line " + lineNo + ": not a JSON record (" + e.getOriginalMessage()
                        + "); run `gkml ingest` again to rewrite it");
            }
            String id = r.path("doc_id").asText(null);
            if (id == null) throw new ReportException(where + " line " + lineNo + ": a record without doc_id");
            if (docId != null && !docId.equals(id)) {
                emit();
                group.clear();
            }
            docId = id;
            group.add(r);
        }

        void end() throws IOException {
            if (docId != null) emit();
            docId = null;
            group.clear();
        }

        private void emit() throws IOException {
            try {
                sink.catalog(catalog(docId, group, facts.get(docId), history));
            } catch (IOException e) {
                consumerFailure = e;
                throw e;
            }
        }
    }

    /**
     * DATA/catalogs.jsonl, the facts ingest stored of each catalog, by document id; empty when there is none (a data
     * folder an older gkml wrote, or a store that keeps no facts). A line that cannot be read is passed over: that
     * catalog's facts then come from the run reports, as for a folder without the file.
     */
    private static Map<String, JsonNode> facts(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return facts(in.lines());
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The facts of catalogs.jsonl lines (or a store's), by document id; see {@link #facts(Path)}. */
    private static Map<String, JsonNode> facts(java.util.stream.Stream<String> lines) {
        Map<String, JsonNode> out = new HashMap<>();
        lines.forEach(line -> {
            if (line.isBlank()) return;
            try {
                JsonNode f = CatalogJson.MAPPER.readTree(line);
                String id = f.path("doc_id").asText(null);
                if (id != null) out.put(id, f);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // passed over, see above
            }
        });
        return out;
    }

    private static ReportCatalog catalog(String docId, List<JsonNode> records, JsonNode facts, RunHistory history) {
        JsonNode first = records.get(0);
        ObjectNode o = facts != null ? facts.deepCopy() : CatalogJson.MAPPER.createObjectNode();
        String source = facts != null ? facts.path("source").asText(null) : first.path("source").asText(null);
        if (facts == null) {
            o.put("source", source);
            o.put("format", extension(source));
            o.set("agency", first.get("agency"));
            o.set("region", first.get("region"));
            o.set("level", first.get("level"));
        }
        ArrayNode entries = o.putArray("entries");
        for (JsonNode r : records) entries.add(r);
        CatalogDocument read = CatalogJsonReader.fromJson(o);
        List<Entry> located = new ArrayList<>(read.entries().size());
        for (int i = 0; i < read.entries().size(); i++) {
            located.add(withSource(read.entries().get(i), SourceRefs.parse(source, records.get(i).path("source_ref").asText(null))));
        }
        Map<String, Object> meta = new LinkedHashMap<>(read.meta());
        List<Warning> warnings;
        String readAt;
        if (facts != null) {
            warnings = warnings(source, facts.path("warnings"));
            readAt = facts.path("read_at").asText(null);
        } else {
            // no stored facts: what the newest run report that warned about the file says
            RunHistory.Read run = history.lastRead(docId);
            warnings = run == null ? List.of() : run.warnings();
            if (run != null && run.declaredItems() != null) meta.put(RunHistory.DECLARED_ITEMS, run.declaredItems());
            readAt = run == null ? null : run.finished();
        }
        CatalogDocument doc = new CatalogDocument(read.source(), read.format(), read.title(), read.agency(), read.region(),
                read.level(), meta, read.fields(), located, warnings);
        return new ReportCatalog(docId, doc, readAt);
    }

    /** The stored warnings with their positions; a code this gkml no longer has is left out. */
    private static List<Warning> warnings(String source, JsonNode stored) {
        List<Warning> out = new ArrayList<>();
        for (JsonNode w : stored) {
            String message = w.path("message").asText(null);
            WarningCode.fromJson(w.path("code").asText("")).ifPresent(code ->
                    out.add(new Warning(code, message, SourceRefs.parse(source, w.path("where").asText(null)))));
        }
        return out;
    }

    private static String extension(String source) {
        if (source == null) return null;
        int dot = source.lastIndexOf('.');
        return dot < 0 || dot == source.length() - 1 ? null : source.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static Entry withSource(Entry e, org.gkml.table.Provenance where) {
        return new Entry(e.seq(), e.domain(), e.category(), e.item(), e.content(), e.basis(), e.laws(), e.timeLimit(),
                e.deadlineDays(), e.deadlineUnit(), e.subject(), e.channels(), e.webColumn(), e.audience(),
                e.disclosureMode(), e.responsible(), e.publicityType(), e.updateFrequency(), e.levels(), e.remarks(),
                e.extra(), where);
    }
}

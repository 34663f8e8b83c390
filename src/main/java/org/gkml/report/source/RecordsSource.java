package org.gkml.report.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;
import org.gkml.catalog.CatalogJsonReader;
import org.gkml.catalog.Entry;
import org.gkml.report.ReportCatalog;
import org.gkml.report.ReportException;
import org.gkml.table.Warning;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogs of an ingested data folder: DATA/records.jsonl (one entry per line, grouped by document, as ingest
 * writes it) read line by line, so only one catalog is in memory at a time. The records hold the entries and the
 * catalog's agency, region and level; the warnings, the declared count and the time a file was read come from the
 * run reports in DATA/runs ({@link RunHistory}); the format is the file's extension.
 */
public final class RecordsSource implements CatalogSource {

    private final Path data;

    public RecordsSource(Path data) {
        this.data = data;
    }

    @Override
    public void read(Sink sink, Progress progress) throws IOException, ReportException {
        Path records = data.resolve("records.jsonl");
        if (!Files.isDirectory(data)) throw new ReportException(data + ": no such data folder; run `gkml ingest PATH --data " + data + "` first");
        if (!Files.isRegularFile(records)) throw new ReportException(data + ": holds no records.jsonl; is it a folder `gkml ingest` filled?");
        RunHistory history = RunHistory.read(data.resolve("runs"));
        progress.start("report", Math.max(1, Files.size(records) / 1024), "KB");
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            String docId = null;
            List<JsonNode> group = new ArrayList<>();
            long bytes = 0;
            int lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                bytes += line.length() * 3L + 1;   // UTF-8 upper bound: the bar is a guide, not a count
                if (bytes >= 1024) {
                    progress.stepBy(bytes / 1024);
                    bytes %= 1024;
                }
                if (line.isBlank()) continue;
                JsonNode r;
                try {
                    r = CatalogJson.MAPPER.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new ReportException(records + " line " + lineNo + ": not a JSON record (" + e.getOriginalMessage()
                            + "); run `gkml ingest` again to rewrite it");
                }
                String id = r.path("doc_id").asText(null);
                if (id == null) throw new ReportException(records + " line " + lineNo + ": a record without doc_id");
                if (docId != null && !docId.equals(id)) {
                    sink.catalog(catalog(docId, group, history));
                    group.clear();
                }
                docId = id;
                group.add(r);
            }
            if (docId != null) sink.catalog(catalog(docId, group, history));
        } finally {
            progress.close();
        }
    }

    private static ReportCatalog catalog(String docId, List<JsonNode> records, RunHistory history) {
        JsonNode first = records.get(0);
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        String source = first.path("source").asText(null);
        o.put("source", source);
        o.put("format", extension(source));
        o.set("agency", first.get("agency"));
        o.set("region", first.get("region"));
        o.set("level", first.get("level"));
        ArrayNode entries = o.putArray("entries");
        for (JsonNode r : records) entries.add(r);
        CatalogDocument read = CatalogJsonReader.fromJson(o);
        List<Entry> located = new ArrayList<>(read.entries().size());
        for (int i = 0; i < read.entries().size(); i++) {
            located.add(withSource(read.entries().get(i), SourceRefs.parse(source, records.get(i).path("source_ref").asText(null))));
        }
        RunHistory.Read run = history.lastRead(docId);
        Map<String, Object> meta = new LinkedHashMap<>(read.meta());
        List<Warning> warnings = run == null ? List.of() : run.warnings();
        if (run != null && run.declaredItems() != null) meta.put(RunHistory.DECLARED_ITEMS, run.declaredItems());
        CatalogDocument doc = new CatalogDocument(read.source(), read.format(), read.title(), read.agency(), read.region(),
                read.level(), meta, read.fields(), located, warnings);
        return new ReportCatalog(docId, doc, run == null ? null : run.finished());
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

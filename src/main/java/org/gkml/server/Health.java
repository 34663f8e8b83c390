package org.gkml.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.ingest.RunReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code GET /api/health}: what the server answers from, and how the last ingest run went. */
final class Health {

    private Health() {
    }

    static ObjectNode of(Path dataDir, IndexView view) {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("status", "ok");
        o.put("data", dataDir.toString());
        ObjectNode index = o.putObject("index");
        index.put("documents", view.documents());
        index.put("entries", view.entries());
        index.put("commit", view.generation());
        o.put("ingest_running", Files.exists(dataDir.resolve("ingest.lock")));
        Optional<Path> last = lastReport(dataDir.resolve("runs"));
        if (last.isEmpty()) {
            o.putNull("last_ingest");
            return o;
        }
        ObjectNode run = o.putObject("last_ingest");
        run.put("report", last.get().getFileName().toString());
        try {
            RunReport r = RunReport.fromJson(Files.readString(last.get()));
            run.put("started", r.started());
            run.put("finished", r.finished());
            run.put("outcome", r.outcome() == null ? null : r.outcome().json());
            run.put("message", r.message());
            run.set("counts", CatalogJson.MAPPER.valueToTree(r.counts()));
            run.put("failures", r.failures().size());
        } catch (IOException | RuntimeException e) {
            run.put("outcome", "unreadable");
            run.put("message", "cannot read the run report: " + e.getMessage());
        }
        return o;
    }

    /** Report names start with their UTC start time, so the greatest name is the newest run. */
    private static Optional<Path> lastReport(Path runs) {
        if (!Files.isDirectory(runs)) return Optional.empty();
        try (Stream<Path> s = Files.list(runs)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}

package org.gkml.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.ingest.RunReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code GET /api/health}: what the server answers from, and how the last ingest run went: from the data folder's
 * newest run report when there is a data folder with one, else from what the run stored with its last commit.
 */
final class Health {

    private Health() {
    }

    /** @param dataDir the data folder, or null when serving a SolrCloud collection without one */
    static ObjectNode of(Path dataDir, IndexView view) {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("status", "ok");
        if (dataDir != null) o.put("data", dataDir.toString());
        ObjectNode index = o.putObject("index");
        view.describe(index);
        index.put("documents", view.documents());
        index.put("entries", view.entries());
        index.put("commit", view.generation());
        index.set("commit_data", CatalogJson.MAPPER.valueToTree(new TreeMap<>(view.commitData())));
        o.put("ingest_running", dataDir != null && Files.exists(dataDir.resolve("ingest.lock")));
        Optional<Path> last = dataDir == null ? Optional.empty() : lastReport(dataDir.resolve("runs"));
        if (last.isEmpty()) {
            lastCommit(o, view.commitData());
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

    /**
     * Without a run report, the last commit's own account of its run: when it started, whether it was the run's end
     * or a checkpoint of a run that may still be going (or died), and how many checkpoints it had committed.
     */
    private static void lastCommit(ObjectNode o, Map<String, String> data) {
        String started = data.get("gkml.run.started");
        if (started == null) {
            o.putNull("last_ingest");
            return;
        }
        ObjectNode run = o.putObject("last_ingest");
        run.put("from", "commit");
        run.put("started", started);
        run.put("complete", Boolean.parseBoolean(data.get("gkml.run.complete")));
        String checkpoint = data.get("gkml.run.checkpoint");
        if (checkpoint != null) run.put("checkpoint", Long.parseLong(checkpoint));
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

package org.gkml.cli;

import org.gkml.index.solr.RecordsReindex;
import org.gkml.index.solr.SolrCatalogStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "reindex",
        description = {
                "Rebuild a SolrCloud collection from records.jsonl without reading any catalog file:",
                "each document's records replace its documents in the collection, and documents the",
                "file does not hold are deleted. Content hashes come from the records.state beside the",
                "file, so the next `gkml ingest --solr` skips unchanged files."},
        mixinStandardHelpOptions = true)
final class ReindexCommand implements Callable<Integer> {

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The records, as `gkml ingest` writes DATA/records.jsonl.")
    Path from;

    @CommandLine.Mixin
    SolrOptions target = new SolrOptions();

    @Option(names = "--checkpoint", paramLabel = "N", defaultValue = "500", description = "Commit every N documents (default: ${DEFAULT-VALUE}).")
    int checkpoint;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!target.used()) throw new CommandLine.ParameterException(spec.commandLine(), "--solr is required: reindex rebuilds a SolrCloud collection");
        if (checkpoint < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--checkpoint must be at least 1");
        if (!Files.isRegularFile(from)) {
            err.println("gkml: " + from + " is not a records file");
            return ExitCode.FATAL;
        }
        try (SolrCatalogStore store = SolrCatalogStore.open(target.solr, target.collection)) {
            RecordsReindex.Outcome o = RecordsReindex.run(from, store, checkpoint);
            PrintWriter out = spec.commandLine().getOut();
            out.println("collection " + target.collection + ": " + o.documents() + " documents (" + o.entries() + " entries) from " + from
                    + ", " + o.deleted() + " deleted" + (o.hashesKnown() ? "" : "; no records.state beside the file, so the next ingest reads every file"));
            out.flush();
            return ExitCode.OK;
        } catch (IOException | RuntimeException e) {
            err.println("gkml: cannot rebuild collection " + target.collection + " from " + from + ": " + e.getMessage());
            return ExitCode.FATAL;
        }
    }
}

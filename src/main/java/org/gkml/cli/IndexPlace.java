package org.gkml.cli;

import org.gkml.index.IndexFormatException;
import org.gkml.index.IndexMissingException;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a reading command (report, serve) finds the catalogs: the data folder `gkml ingest` fills (--data, default
 * gkml-data), or with --solr a SolrCloud collection, the data folder then optional (its run reports, when given).
 * One place decides which, checks the options, and turns a failure to open it into one line for the user.
 */
final class IndexPlace {

    static final Path DEFAULT_DATA = Path.of("gkml-data");

    /** The data folder (absolute), or null: --solr without --data. */
    final Path data;
    /** The collection's cluster and name when --solr was given, else null. */
    final SolrOptions solr;

    private IndexPlace(Path data, SolrOptions solr) {
        this.data = data;
        this.solr = solr;
    }

    /**
     * @param data the --data option as given (null when not given)
     * @throws CommandLine.ParameterException when --solr comes with a --data that is no folder
     */
    static IndexPlace of(Path data, SolrOptions solr, CommandLine.Model.CommandSpec spec) {
        if (solr == null || !solr.used()) return new IndexPlace((data == null ? DEFAULT_DATA : data).toAbsolutePath().normalize(), null);
        if (solr.solr.isBlank() || solr.collection == null || solr.collection.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--solr needs ZooKeeper hosts or Solr URLs and --collection a name");
        }
        if (data != null && !Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data " + data + ": no such folder (with --solr it is optional: it only adds the run reports)");
        }
        return new IndexPlace(data == null ? null : data.toAbsolutePath().normalize(), solr);
    }

    boolean solr() {
        return solr != null;
    }

    /** "collection NAME on SPEC" or the data folder, for messages. */
    String describe() {
        return solr() ? "collection " + solr.collection + " on " + solr.solr : data.toString();
    }

    /** Says in one line why the index could not be opened or read; returns the exit code for it. */
    int fail(Exception e, PrintWriter err) {
        if (e instanceof IndexMissingException || e instanceof IndexFormatException) {
            err.println("gkml: " + oneLine(e.getMessage()));
        } else if (e instanceof IOException) {
            err.println("gkml: cannot read the index in " + describe() + ": " + oneLine(e.getMessage()));
        } else {
            throw new IllegalArgumentException("not a failure to open the index: " + e, e);
        }
        err.flush();
        return ExitCode.FATAL;
    }

    /** Solr's answers can span lines (an HTML error page): the user gets one. */
    static String oneLine(String s) {
        return s == null ? "" : org.gkml.ingest.RunLog.printable(s.replaceAll("\\s+", " ").strip());
    }
}

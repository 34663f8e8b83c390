package org.gkml.cli;

import org.gkml.server.GkmlServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "serve",
        description = {
                "Serve the search page and the JSON API over the data folder that",
                "`gkml ingest` fills, or over a SolrCloud collection (--solr). New",
                "ingest commits are picked up while serving. Listens on loopback",
                "unless --host says otherwise. Ctrl-C stops it.",
                "",
                "Examples:",
                "  gkml serve                         http://127.0.0.1:8080/",
                "  gkml serve --data /var/lib/gkml --port 9000",
                "  gkml serve --solr zk1:2181,zk2:2181/solr --collection catalogs --data /var/lib/gkml",
                "  curl 'http://127.0.0.1:8080/api/search?q=异地就医&limit=5'",
                "",
                "Exit codes: 0 stopped; 2 wrong command line; 3 the index cannot be opened (nothing",
                "ingested, the collection or its cluster unreachable) or the address cannot be listened on."},
        mixinStandardHelpOptions = true)
final class ServeCommand implements Callable<Integer> {

    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--data", paramLabel = "DIR", description = "Data folder written by `gkml ingest` (default: gkml-data; "
            + "with --solr optional: the run reports /api/health shows).")
    Path data;

    /** With --solr the page and the API answer from the collection; the original files are still read from disk. */
    @CommandLine.Mixin
    SolrOptions solr = new SolrOptions();

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host = "127.0.0.1";

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--rate-limit", paramLabel = "N", description = "Requests per second per client address (default: ${DEFAULT-VALUE}; 0: no limit).")
    int rateLimit = GkmlServer.Options.DEFAULT_RATE_LIMIT;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = new PrintWriter(Main.stdout(), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, got " + port);
        if (rateLimit < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--rate-limit must be 0 or more, got " + rateLimit);
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--host: unknown address '" + host + "'");
        }
        IndexPlace place = IndexPlace.of(data, solr, spec);
        org.gkml.vocabulary.Mappings mappings;
        try {
            mappings = Main.mappings(main);
        } catch (org.gkml.vocabulary.MappingsException e) {
            err.println(Main.explain(e));
            return ExitCode.FATAL;
        }
        GkmlServer server;
        try {
            server = GkmlServer.start(new GkmlServer.Options(place.data, host, port, rateLimit, java.time.Duration.ofSeconds(1), mappings,
                    place.solr() ? solr.solr : null, place.solr() ? solr.collection : null), err);
        } catch (IOException e) {
            return place.fail(e, err);
        } catch (RuntimeException e) {
            // Jetty reports a taken port or a foreign address as a bind failure wrapped in a runtime exception.
            err.println("gkml: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
            return ExitCode.FATAL;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("gkml: stopping");
            server.close();
            stopped.countDown();
        }, "gkml-serve-stop"));
        out.println("gkml: serving " + server.documents() + " catalogs (" + server.entries() + " entries) from " + place.describe()
                + " at " + server.url() + "  (Ctrl-C stops)");
        if (!loopback) err.println("gkml: listening on " + host + ", not loopback: anyone who can reach this address can read the catalogs");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}

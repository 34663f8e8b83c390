package org.gkml.cli;

import org.gkml.index.solr.SolrCollections;
import org.gkml.index.solr.SolrTarget;
import org.gkml.vocabulary.MappingsException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "solr",
        description = "Set up the SolrCloud collection that `gkml ingest --solr` writes to and `gkml search --solr` reads.",
        subcommands = {SolrCommand.Init.class, CommandLine.HelpCommand.class},
        mixinStandardHelpOptions = true)
final class SolrCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand: init");
    }

    @Command(name = "init",
            description = {
                    "Upload gkml's configset (schema, gkml's analysis, the search synonyms of the mappings",
                    "in effect) and create the collection with it; an existing collection is reloaded with",
                    "the new configset instead. Each Solr node needs gkml's plugin jar in its lib folder",
                    "(README, SolrCloud)."},
            mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {

        @CommandLine.Mixin
        SolrOptions target = new SolrOptions();

        @Option(names = "--shards", paramLabel = "N", defaultValue = "2", description = "Shards (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", paramLabel = "M", defaultValue = "2", description = "Replicas of each shard, on different nodes (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Option(names = "--config", paramLabel = "NAME", description = "Name of the uploaded configset (default: gkml-COLLECTION).")
        String config;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        SolrCommand parent;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (!target.used()) throw new CommandLine.ParameterException(spec.commandLine(), "--solr is required: the cluster's ZooKeeper hosts or a Solr URL");
            if (shards < 1 || replicas < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--shards and --replicas must be at least 1");
            try (SolrTarget solr = SolrTarget.connect(target.solr)) {
                String done = SolrCollections.init(solr, Main.mappings(main()), target.collection,
                        config == null ? "gkml-" + target.collection : config, shards, replicas);
                PrintWriter out = spec.commandLine().getOut();
                out.println(done);
                out.flush();
                return ExitCode.OK;
            } catch (MappingsException e) {
                err.println(Main.explain(e));
                return ExitCode.FATAL;
            } catch (IOException | RuntimeException e) {
                err.println("gkml: cannot set up the collection " + target.collection + " on " + target.solr + ": " + e.getMessage());
                return ExitCode.FATAL;
            }
        }

        private Main main() {
            Object root = spec.root().userObject();
            return root instanceof Main m ? m : null;
        }
    }
}

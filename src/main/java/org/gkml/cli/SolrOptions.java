package org.gkml.cli;

import picocli.CommandLine.Option;

/** {@code --solr} and {@code --collection}: where a command finds the index when it is not the embedded one. */
final class SolrOptions {

    @Option(names = "--solr", paramLabel = "ZK_HOSTS|URLS",
            description = "Use a SolrCloud collection instead of the embedded index: the cluster's ZooKeeper hosts "
                    + "(zk1:2181,zk2:2181/solr) or Solr base URLs (http://host:8983/solr,...).")
    String solr;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "gkml",
            description = "The SolrCloud collection, with --solr (default: ${DEFAULT-VALUE}).")
    String collection;

    boolean used() {
        return solr != null;
    }
}

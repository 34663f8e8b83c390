/**
 * {@code gkml serve}: the search page and the JSON API over a data folder or a SolrCloud collection (Javalin on Jetty), answering every
 * request from one index commit and picking up new ones. Beside the CLI at the top floor: may import the stages
 * below (index for search, ingest for hashes, run reports and guarded reads, pipeline to read a catalog again),
 * never the CLI.
 */
package org.gkml.server;

/**
 * The catalog index on SolrCloud: the store and searcher gkml uses when pointed at a collection, the configset
 * (schema with the embedded index's fields and analysis) and the plugins a Solr node loads from gkml's jar.
 * May import: what the index stage may, and solrj.
 */
package org.gkml.index.solr;

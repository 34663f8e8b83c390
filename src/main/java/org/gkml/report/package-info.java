/**
 * The coordinator's report (gkml report): catalogs in the unified schema, from an ingested data folder or
 * straight from files, gathered into one workbook of entries, catalogs, coverage, gaps against a reference and
 * rule violations. May import: the stages below, ingest included; never the CLI.
 */
package org.gkml.report;

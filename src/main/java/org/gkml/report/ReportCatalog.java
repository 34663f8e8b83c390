package org.gkml.report;

import org.gkml.catalog.CatalogDocument;

/**
 * One catalog as the report sees it.
 *
 * @param id     where it was read from (the absolute path, as ingest names a document)
 * @param readAt when it was read (ISO-8601 UTC), or null when no record says
 */
public record ReportCatalog(String id, CatalogDocument doc, String readAt) {
}

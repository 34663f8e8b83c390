package org.gkml.report.source;

import org.gkml.report.ReportCatalog;
import org.gkml.report.ReportException;

import java.io.IOException;

/** Where a report's catalogs come from: an ingested data folder, or catalog files read now. One at a time. */
public interface CatalogSource {

    /** Receives the catalogs in order, and the files that could not be read. */
    interface Sink {
        void catalog(ReportCatalog catalog) throws IOException;

        void failure(String file, String reason);
    }

    /** Feeds every catalog to the sink; {@code progress} is told how far along the source is. */
    void read(Sink sink, Progress progress) throws IOException, ReportException;
}

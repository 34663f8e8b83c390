package org.gkml.index;

import java.io.IOException;
import java.nio.file.Path;

/** There is no index in the data folder: nothing has been ingested there yet. */
public final class IndexMissingException extends IOException {

    private final Path dataDir;

    public IndexMissingException(Path dataDir) {
        super("no index in " + dataDir + "; run `gkml ingest PATH...` first (or give --data DIR)");
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}

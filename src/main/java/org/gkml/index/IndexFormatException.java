package org.gkml.index;

import java.io.IOException;
import java.nio.file.Path;

/** The index in a data folder was written in another layout ({@link IndexFields#FORMAT}) than this gkml reads. */
public final class IndexFormatException extends IOException {

    public IndexFormatException(Path dataDir, String found) {
        super("the index in " + dataDir + " was written by " + (found == null ? "an older gkml" : "another gkml (index format " + found + ")")
                + " and this one reads index format " + IndexFields.FORMAT + "; run `gkml ingest PATH... --data " + dataDir
                + "` again to rebuild it");
    }
}

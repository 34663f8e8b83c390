package org.gkml.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gkml.index.CatalogStore;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * DATA/records.jsonl: every committed record as JSON Lines, beside the index. It is rewritten whole through
 * a temporary file and renamed into place after a commit; DATA/records.state remembers which committed
 * versions it reflects, so a run killed between the commit and the rename is caught up by the next run.
 */
final class RecordsFile {

    /** What records.jsonl holds: the digest of the index versions it was written from, and its size. */
    record State(String versions, int documents, long entries) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Path stateFile;

    RecordsFile(Path dataDir) {
        this.file = dataDir.resolve("records.jsonl");
        this.stateFile = dataDir.resolve("records.state");
    }

    Path file() {
        return file;
    }

    /** The state on disk, or null when there is none or it does not match the records file. */
    State current() {
        try {
            if (!Files.isRegularFile(file)) return null;
            JsonNode n = JSON.readTree(Files.readString(stateFile, StandardCharsets.UTF_8));
            return new State(n.path("versions").asText(), n.path("documents").asInt(), n.path("entries").asLong());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Brings records.jsonl up to the store's committed state; returns that state. */
    State sync(CatalogStore store, Map<String, String> committedVersions) throws IOException {
        String digest = ContentHash.ofVersions(committedVersions);
        State have = current();
        if (have != null && have.versions().equals(digest)) return have;
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        long lines;
        try (LineCountingWriter w = new LineCountingWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            store.writeRecords(w);
            w.flush();
            lines = w.lines;
        }
        force(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        State now = new State(digest, committedVersions.size(), lines);
        Path stateTmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        Files.writeString(stateTmp, JSON.writeValueAsString(Map.of("versions", now.versions(),
                "documents", now.documents(), "entries", now.entries())) + "\n", StandardCharsets.UTF_8);
        force(stateTmp);
        Files.move(stateTmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return now;
    }

    /** Data on disk before the rename, so a crash never leaves a renamed but empty file. */
    private static void force(Path p) throws IOException {
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static final class LineCountingWriter extends FilterWriter {
        long lines;

        LineCountingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            if (c == '\n') lines++;
            super.write(c);
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) if (cbuf[i] == '\n') lines++;
            super.write(cbuf, off, len);
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) if (str.charAt(i) == '\n') lines++;
            super.write(str, off, len);
        }
    }
}

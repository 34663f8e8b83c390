package org.gkml.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gkml.index.CatalogStore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.util.Arrays;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * DATA/records.jsonl: every committed record as JSON Lines, ordered by document id, beside the index, and
 * DATA/catalogs.jsonl: each committed catalog's facts (one line per catalog, see CatalogFacts). They are
 * written to temporary files and renamed into place after a commit; DATA/records.state remembers which
 * committed versions it reflects (each document's hash), so a run killed between the commit and the rename is
 * caught up by the next run.
 *
 * <p>Incremental: the new file is the old one with the lines of changed and deleted documents left out and the
 * changed documents' records, taken from the index, merged in at their place; unchanged documents' lines are
 * copied as they are, never parsed beyond their leading doc_id. Where the old file or state cannot be trusted
 * (missing, an older state format, a line without a doc_id, a total that does not match the index) the file is
 * written whole from the index instead, one document at a time. The state also names the index commit it was written
 * at and the reading of that commit: a run that starts at that commit takes the committed versions from it
 * ({@link #committedVersions}), and an index read another way since is written whole.
 */
final class RecordsFile {

    /** What records.jsonl holds: the digest of the index versions it was written from, and its size. */
    record State(String versions, int documents, long entries) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads records.state: its 20,000 names (a path each, at 10,000 files) are read once, so they are not interned
     * or kept in a symbol table, which cost more than the parse.
     */
    private static final JsonFactory STATE_READER = JsonFactory.builder().disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES).build();

    private final Path file;
    private final Path catalogsFile;
    private final Path stateFile;

    RecordsFile(Path dataDir) {
        this.file = dataDir.resolve("records.jsonl");
        this.catalogsFile = dataDir.resolve("catalogs.jsonl");
        this.stateFile = dataDir.resolve("records.state");
    }

    Path file() {
        return file;
    }

    /** records.state as read: its fields, null where it has none. */
    static final class OnDisk {
        String versions = "", commit, reading;
        boolean hasReading;
        int documents;
        long entries;
        /** Each document's hash, or null in a state of the older kind. */
        Map<String, String> hashes;
        /** Each file's stamp ({@link FileStamp#encode()}) when its content had the hash in {@link #hashes}. */
        Map<String, String> stamps = Map.of();
        /** Where each document's lines are in records.jsonl and catalogs.jsonl ({@link Spans}), or null. */
        long[] recordSpans, catalogSpans;

        State state() {
            return new State(versions, documents, entries);
        }
    }

    /** The state file as read once in this run (null when there is none, it cannot be read, or there is no records file). */
    private OnDisk onDisk;
    private boolean loaded;

    private synchronized OnDisk stateOnDisk() {
        if (!loaded) {
            loaded = true;
            onDisk = Files.isRegularFile(file) ? readState(stateFile) : null;
        }
        return onDisk;
    }

    /** Parses records.state in one streaming pass (at 10,000 files it holds 20,000 hashes and stamps); null if it cannot. */
    static OnDisk readState(Path stateFile) {
        try (JsonParser p = STATE_READER.createParser(Files.newInputStream(stateFile))) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            OnDisk s = new OnDisk();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                switch (name) {
                    case "versions" -> s.versions = v.isScalarValue() ? p.getValueAsString("") : skip(p, "");
                    case "documents" -> s.documents = p.getValueAsInt(0);
                    case "entries" -> s.entries = p.getValueAsLong(0);
                    case "commit" -> s.commit = v.isScalarValue() ? p.getValueAsString(null) : skip(p, null);
                    case "reading" -> {
                        s.hasReading = true;
                        s.reading = v.isScalarValue() ? p.getValueAsString(null) : skip(p, null);
                    }
                    case "hashes" -> s.hashes = v == JsonToken.START_OBJECT ? textMap(p) : skip(p, null);
                    case "stamps" -> s.stamps = v == JsonToken.START_OBJECT ? textMap(p) : skip(p, Map.of());
                    case "record_spans" -> s.recordSpans = v == JsonToken.START_ARRAY ? longs(p) : skip(p, null);
                    case "catalog_spans" -> s.catalogSpans = v == JsonToken.START_ARRAY ? longs(p) : skip(p, null);
                    default -> p.skipChildren();
                }
            }
            return s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static <T> T skip(JsonParser p, T value) throws IOException {
        p.skipChildren();
        return value;
    }

    /** The array of whole numbers the parser stands at the start of; null if it holds anything else. */
    private static long[] longs(JsonParser p) throws IOException {
        long[] out = new long[1024];
        int n = 0;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.VALUE_NUMBER_INT) {
            if (n == out.length) out = Arrays.copyOf(out, 2 * n);
            out[n++] = p.getLongValue();
        }
        if (t != JsonToken.END_ARRAY) {
            p.skipChildren();
            return null;
        }
        return Arrays.copyOf(out, n);
    }

    /** The object the parser stands at the start of, as name → text. */
    private static Map<String, String> textMap(JsonParser p) throws IOException {
        Map<String, String> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            p.nextToken();
            out.put(key, p.getValueAsString(""));
            p.skipChildren();
        }
        return out;
    }

    /**
     * The content hash the state keeps for the file {@code id}, when the state kept this very stamp of it (the file is
     * then taken as unchanged without reading it); null when the file must be hashed.
     */
    String hashIfStamped(String id, FileStamp stamp) {
        OnDisk s = stateOnDisk();
        if (s == null || s.hashes == null || stamp == null) return null;
        String kept = s.stamps.get(id);
        return kept != null && stamp.equals(FileStamp.parse(kept)) ? s.hashes.get(id) : null;
    }

    /**
     * The stamps the next state keeps: the stamp of each file hashed in this run whose content hash is its committed
     * version and that was last modified well before the run began ({@link FileStamp#settledBefore}); and for the
     * documents this run did not look at (other trees in the same index), the stamps the old state kept, while their
     * committed version is still the hash kept with them.
     *
     * @param seen ids of every file this run met
     */
    Map<String, String> stampsToKeep(List<IngestPlan.Hashed> hashed, Set<String> seen, Map<String, String> committed, Instant runStarted) {
        Map<String, String> out = new TreeMap<>();
        OnDisk s = stateOnDisk();
        if (s != null && s.hashes != null) {
            s.stamps.forEach((id, stamp) -> {
                String hash = s.hashes.get(id);
                if (!seen.contains(id) && hash != null && hash.equals(committed.get(id))) out.put(id, stamp);
            });
        }
        for (IngestPlan.Hashed h : hashed) {
            String id = h.file().id();
            if (h.stamp() != null && h.stamp().settledBefore(runStarted) && h.hash().equals(committed.get(id))) out.put(id, h.stamp().encode());
        }
        return out;
    }

    /**
     * The store's committed versions ({@link CatalogStore#versions()}), taken from the state file when it was written
     * at the very commit the store is at: reading them from the index means a stored-field read per document, seconds
     * at 10,000 documents in a JVM just started, on every run, changed or not.
     */
    Map<String, String> committedVersions(CatalogStore store) throws IOException {
        String commit = store.commitName();
        OnDisk onDisk = commit == null ? null : stateOnDisk();
        if (onDisk != null && commit.equals(onDisk.commit) && onDisk.hashes != null
                && ContentHash.ofVersions(onDisk.hashes).equals(onDisk.versions)) {
            return new TreeMap<>(onDisk.hashes);
        }
        return store.versions();
    }

    /**
     * Brings records.jsonl up to the store's committed state; returns that state. The records of a document whose
     * hash is unchanged are taken as they stand, unless the index was read another way since (another {@code
     * reading} in the commit): then the file is written whole.
     */
    State sync(CatalogStore store, Map<String, String> committedVersions) throws IOException {
        return sync(store, committedVersions, Map.of());
    }

    /** {@link #sync(CatalogStore, Map)}, keeping {@code stamps} (see {@link #stampsToKeep}) in the state. */
    State sync(CatalogStore store, Map<String, String> committedVersions, Map<String, String> stamps) throws IOException {
        String digest = ContentHash.ofVersions(committedVersions);
        String commit = store.commitName();
        String reading = store.lastCommitData().get(Ingester.READING_KEY);
        OnDisk onDisk = stateOnDisk();
        // a state from before the reading was kept in it is taken as read the same way
        boolean sameReading = onDisk == null || !onDisk.hasReading || java.util.Objects.equals(reading, onDisk.reading);
        State have = onDisk == null ? null : onDisk.state();
        if (have != null && sameReading && have.versions().equals(digest) && Files.isRegularFile(catalogsFile)) {
            // nothing to write but the state, when it names another commit (so the next run can trust its versions)
            // or other stamps
            if ((commit != null && !commit.equals(onDisk.commit)) || !stamps.equals(onDisk.stamps)) {
                writeState(have, committedVersions, commit, reading, stamps, onDisk.recordSpans, onDisk.catalogSpans);
            }
            return have;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Path catalogsTmp = catalogsFile.resolveSibling(catalogsFile.getFileName() + ".tmp");
        Map<String, String> previous = onDisk == null || !sameReading ? null : onDisk.hashes;
        SortedSet<String> changed = previous == null ? null : changed(previous, committedVersions);
        SortedMap<String, String> committed = committedVersions instanceof SortedMap<String, String> m ? m : new TreeMap<>(committedVersions);
        List<String> previousIds = previous == null ? null : previous.keySet().stream().sorted().toList();
        long lines;
        Merge records = null, catalogs = null;
        // One view of the index for every changed document: opening a reader per document cost more than the rest.
        try (CatalogStore.Records view = store.records()) {
            DocumentLines freshRecords = (id, out) -> {
                long[] n = {0};
                view.forEachRecord(id, json -> {
                    out.write(json.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                    n[0]++;
                });
                return n[0];
            };
            if (changed != null) {
                records = Spans.merged(file, tmp, previousIds, onDisk.recordSpans, committed, changed, freshRecords);
                if (records == null) records = merged(file, tmp, changed, committed, freshRecords);
            }
            lines = records == null ? -1 : records.lines();
            long count = lines < 0 ? -1 : view.recordCount();
            if (lines < 0 || lines != (count >= 0 ? count : store.recordCount())) {
                lines = whole(store, tmp);
                records = null;
            }
            // the catalogs' facts, one line per catalog, merged the same way (the lines of a catalog without facts,
            // written by a gkml that kept none, are left out as a whole write leaves them out)
            try {
                if (changed != null && Files.isRegularFile(catalogsFile)) {
                    DocumentLines freshFacts = (id, out) -> {
                        String json = view.facts(id);
                        if (json == null) return 0;
                        out.write(json.getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                        return 1;
                    };
                    catalogs = Spans.merged(catalogsFile, catalogsTmp, previousIds, onDisk.catalogSpans, committed, changed, freshFacts);
                    if (catalogs == null) catalogs = merged(catalogsFile, catalogsTmp, changed, committed, freshFacts);
                }
            } catch (UnsupportedOperationException e) {
                catalogs = null;   // a store that cannot look up one catalog's facts
            }
            if (catalogs == null) {
                try (Writer w = Files.newBufferedWriter(catalogsTmp, StandardCharsets.UTF_8)) {
                    store.writeCatalogs(w);
                }
            }
        }
        force(tmp);
        force(catalogsTmp);
        // The state goes before the files are renamed, so that a run that dies between the renames and the new state
        // leaves none (the next run writes both files whole): an old state beside newer files would take a document
        // whose version went back to the old one since as unchanged, and keep its newer lines.
        if (Files.deleteIfExists(stateFile)) forceFolder(stateFile.getParent());
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.move(catalogsTmp, catalogsFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        State now = new State(digest, committedVersions.size(), lines);
        writeState(now, committedVersions, commit, reading, stamps, records == null ? null : records.spans(), catalogs == null ? null : catalogs.spans());
        return now;
    }

    /** The state file, written last: the files it describes are in place. */
    private void writeState(State now, Map<String, String> committedVersions, String commit, String reading,
                            Map<String, String> stamps, long[] recordSpans, long[] catalogSpans) throws IOException {
        Path stateTmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("versions", now.versions());
        state.put("documents", now.documents());
        state.put("entries", now.entries());
        state.put("commit", commit);
        state.put("reading", reading);
        state.put("hashes", new TreeMap<>(committedVersions));
        state.put("stamps", new TreeMap<>(stamps));
        // in the order of the hashes' ids: a reader of the state that knows them not skips them whole
        if (recordSpans != null && recordSpans.length == 2 * committedVersions.size()) state.put("record_spans", recordSpans);
        if (catalogSpans != null && catalogSpans.length == 2 * committedVersions.size()) state.put("catalog_spans", catalogSpans);
        Files.writeString(stateTmp, JSON.writeValueAsString(state) + "\n", StandardCharsets.UTF_8);
        force(stateTmp);
        Files.move(stateTmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long whole(CatalogStore store, Path tmp) throws IOException {
        try (LineCountingWriter w = new LineCountingWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            store.writeRecords(w);
            w.flush();
            return w.lines;
        }
    }

    /** The documents whose committed version is not the one the old files were written at (deleted ones too). */
    private static SortedSet<String> changed(Map<String, String> previous, Map<String, String> committed) {
        SortedSet<String> changed = new TreeSet<>();
        committed.forEach((id, hash) -> {
            if (!hash.equals(previous.get(id))) changed.add(id);
        });
        return changed;
    }

    /** Writes the lines of one document; returns how many. */
    @FunctionalInterface
    interface DocumentLines {
        long write(String docId, OutputStream out) throws IOException;
    }

    /**
     * A merged file: its lines, and where each committed document's lines are in it ({@link Spans}: bytes and lines
     * per document in the order of their ids), or null spans when that is not known.
     */
    record Merge(long lines, long[] spans) {
    }

    /**
     * The old file (JSON Lines ordered by a leading doc_id) with changed and deleted documents' lines replaced by
     * what {@code fresh} writes for them, or null when the old file cannot be merged (then it is written whole).
     * Unchanged lines are copied as bytes: decoding and encoding every line of the file cost more than the reading of
     * the changed documents (a copied line is not checked to be UTF-8 past its doc_id; gkml wrote it). Used when the
     * state keeps no {@link Spans} that fit the file; it notes the spans of the file it writes for the next run.
     */
    private static Merge merged(Path old, Path tmp, SortedSet<String> changed, SortedMap<String, String> committed, DocumentLines fresh)
            throws IOException {
        Iterator<String> toWrite = changed.iterator();
        String next = toWrite.hasNext() ? toWrite.next() : null;
        Spans.Builder spans = new Spans.Builder();
        try (InputStream in = Files.newInputStream(old);
             Spans.CountingOutputStream w = new Spans.CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            long lines = 0;
            ByteLines bytes = new ByteLines(in);
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();
            String last = null;
            // A document's lines follow each other (about a dozen each): a line whose id has the very bytes of the
            // line before's is decided as that one was, without decoding the id and looking it up again.
            byte[] lastId = new byte[256];
            int lastIdLength = -1;
            boolean keep = false;
            while (bytes.next()) {
                int idEnd = plainDocIdEnd(bytes.buf, bytes.start, bytes.end);
                int idStart = bytes.start + DOC_ID_START_BYTES.length;
                boolean sameDocument = idEnd >= 0 && idEnd - idStart == lastIdLength
                        && Arrays.equals(bytes.buf, idStart, idEnd, lastId, 0, lastIdLength);
                if (!sameDocument) {
                    String id = idEnd >= 0 ? utf8.decode(ByteBuffer.wrap(bytes.buf, idStart, idEnd - idStart)).toString()
                            : docIdOf(bytes.buf, bytes.start, bytes.end, utf8);
                    if (id == null || (last != null && id.compareTo(last) < 0)) return null; // not a file we wrote
                    last = id;
                    while (next != null && next.compareTo(id) <= 0) {
                        long at = w.written();
                        long n = fresh.write(next, w);
                        spans.add(next, w.written() - at, n);
                        lines += n;
                        next = toWrite.hasNext() ? toWrite.next() : null;
                    }
                    keep = committed.containsKey(id) && !changed.contains(id);
                    if (keep) spans.start(id);
                    lastIdLength = idEnd - idStart;
                    if (idEnd < 0) {
                        lastIdLength = -1;
                    } else {
                        if (lastIdLength > lastId.length) lastId = new byte[Math.max(lastIdLength, 2 * lastId.length)];
                        System.arraycopy(bytes.buf, idStart, lastId, 0, lastIdLength);
                    }
                }
                if (keep) {
                    w.write(bytes.buf, bytes.start, bytes.end - bytes.start);
                    w.write('\n');
                    spans.line(bytes.end - bytes.start + 1);
                    lines++;
                }
            }
            while (next != null) {
                long at = w.written();
                long n = fresh.write(next, w);
                spans.add(next, w.written() - at, n);
                lines += n;
                next = toWrite.hasNext() ? toWrite.next() : null;
            }
            w.flush();
            return new Merge(lines, spans.inOrderOf(committed.keySet()));
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The lines of a stream as byte ranges of one buffer, without their line end ('\n'). */
    private static final class ByteLines {
        private final InputStream in;
        byte[] buf = new byte[1 << 16];
        int start, end;
        private int next, filled;
        private boolean eof;

        ByteLines(InputStream in) {
            this.in = in;
        }

        /** Moves to the next line; false at the end of the stream. */
        boolean next() throws IOException {
            int from = next;
            while (true) {
                for (int i = from; i < filled; i++) {
                    if (buf[i] == '\n') {
                        start = next;
                        end = i;
                        next = i + 1;
                        return true;
                    }
                }
                if (eof) {
                    if (next >= filled) return false;
                    start = next;   // a last line without its line end
                    end = filled;
                    next = filled;
                    return true;
                }
                // keep the unfinished line, at the front of a buffer big enough to read more after it
                int kept = filled - next;
                if (kept == buf.length) buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                System.arraycopy(buf, next, buf, 0, kept);
                from = kept;
                next = 0;
                filled = kept;
                int n = in.read(buf, filled, buf.length - filled);
                if (n < 0) eof = true;
                else filled += n;
            }
        }
    }

    private static final byte[] DOC_ID_START_BYTES = "{\"doc_id\":\"".getBytes(StandardCharsets.US_ASCII);

    /**
     * Where the doc_id a line starts with ends (the index of its closing quote), when the line starts as gkml writes
     * it and the id has no escape; else -1.
     */
    private static int plainDocIdEnd(byte[] b, int start, int end) {
        int from = start + DOC_ID_START_BYTES.length;
        if (end <= from || !Arrays.equals(b, start, from, DOC_ID_START_BYTES, 0, DOC_ID_START_BYTES.length)) return -1;
        for (int i = from; i < end; i++) {
            if (b[i] == '\\') return -1;
            if (b[i] == '"') return i;   // a quote byte is never part of a multi-byte UTF-8 character
        }
        return -1;
    }

    /** {@link #docIdOf(String)} of a line given as UTF-8 bytes; malformed UTF-8 in the id throws. */
    private static String docIdOf(byte[] b, int start, int end, CharsetDecoder utf8) throws CharacterCodingException {
        int from = start + DOC_ID_START_BYTES.length;
        if (end > from && Arrays.equals(b, start, from, DOC_ID_START_BYTES, 0, DOC_ID_START_BYTES.length)) {
            for (int i = from; i < end; i++) {
                if (b[i] == '\\') break;   // an escaped id: parsed below
                // a quote byte is never part of a multi-byte UTF-8 character
                if (b[i] == '"') return utf8.decode(ByteBuffer.wrap(b, from, i - from)).toString();
            }
        }
        return docIdOf(utf8.decode(ByteBuffer.wrap(b, start, end - start)).toString());
    }

    /** How every record line begins: gkml writes doc_id first, with no space. */
    private static final String DOC_ID_START = "{\"doc_id\":\"";

    /**
     * The doc_id a record line starts with (records are written with it first), or null. An id without escapes is
     * cut out of the line as it is (130,000 lines at 10,000 files, most of them only copied); one with a backslash,
     * or a line of another shape, goes through the JSON parser.
     */
    static String docIdOf(String line) {
        if (line.startsWith(DOC_ID_START)) {
            int end = line.indexOf('"', DOC_ID_START.length());
            if (end > 0 && line.lastIndexOf('\\', end) < DOC_ID_START.length()) {
                return line.substring(DOC_ID_START.length(), end);
            }
        }
        return parsedDocIdOf(line);
    }

    private static String parsedDocIdOf(String line) {
        try (JsonParser p = JSON.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT || p.nextToken() != JsonToken.FIELD_NAME
                    || !"doc_id".equals(p.currentName()) || p.nextToken() != JsonToken.VALUE_STRING) return null;
            return p.getText();
        } catch (IOException e) {
            return null;
        }
    }

    /** A folder's entries on disk (a removal before the renames that follow it). */
    private static void forceFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not every system opens a folder for this; the journal keeps the order of the removal and renames anyway
        }
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

package org.gkml.ingest;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * Where each document's lines stand in records.jsonl or catalogs.jsonl, kept in records.state beside the hashes:
 * two numbers per document, its bytes and its lines, in the order of the documents' ids (the files' order), so a
 * document's offset is the sum of the bytes before it. With them a re-run copies the unchanged documents' stretches of
 * the old file as they are, in the kernel ({@link FileChannel#transferTo}), and writes only the changed documents'
 * lines: at 10,000 files the records file is 115 MB, which the line-by-line merge read and wrote through this JVM on
 * every run with a change (a tenth of the ingesting JVM's samples).
 *
 * <p>The spans are trusted only as far as the old file bears them out: the file's size must be their sum, and each
 * stretch copied must start a line with its first document's doc_id and end with a line end. Otherwise, and for a
 * state without spans, the line-by-line merge runs, and notes the spans of the file it writes for the next run.
 */
final class Spans {

    private Spans() {
    }

    /**
     * The old file with the changed and deleted documents' lines replaced by what {@code fresh} writes for the changed
     * ones; null when the old spans do not fit the file (then the caller merges line by line).
     *
     * @param oldIds    the ids of the old state's hashes, sorted: the documents the old file holds lines for, in order
     * @param oldSpans  bytes and lines per document of {@code oldIds}, or null
     * @param committed the committed versions, sorted by id: the documents of the new file, in order
     * @param changed   the committed documents whose version is not the one the old file was written at
     */
    static RecordsFile.Merge merged(Path old, Path tmp, List<String> oldIds, long[] oldSpans, SortedMap<String, String> committed,
                                    SortedSet<String> changed, RecordsFile.DocumentLines fresh) throws IOException {
        if (oldIds == null || oldSpans == null || oldSpans.length != 2L * oldIds.size()) return null;
        long[] offsets = new long[oldIds.size() + 1];
        for (int i = 0; i < oldIds.size(); i++) {
            long bytes = oldSpans[2 * i], lines = oldSpans[2 * i + 1];
            if (bytes < 0 || lines < 0 || (bytes == 0) != (lines == 0)) return null;
            offsets[i + 1] = offsets[i] + bytes;
        }
        try (FileChannel in = FileChannel.open(old, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING)) {
            if (in.size() != offsets[oldIds.size()]) return null;
            long[] spans = new long[2 * committed.size()];
            long lines = 0;
            Run run = new Run(in, out);
            ByteArrayOutputStream lines0 = new ByteArrayOutputStream(1 << 16);
            int o = 0, k = 0;
            for (String id : committed.keySet()) {
                while (o < oldIds.size() && oldIds.get(o).compareTo(id) < 0) o++;   // deleted documents' stretches are left out
                if (!changed.contains(id)) {
                    if (o == oldIds.size() || !oldIds.get(o).equals(id)) return null;  // unchanged, so in the old state
                    long bytes = oldSpans[2 * o];
                    if (bytes > 0 && !run.extend(id, offsets[o], bytes)) return null;
                    spans[2 * k] = bytes;
                    spans[2 * k + 1] = oldSpans[2 * o + 1];
                } else {
                    if (!run.flush()) return null;
                    lines0.reset();
                    long n = fresh.write(id, lines0);
                    ByteBuffer b = ByteBuffer.wrap(lines0.toByteArray());
                    while (b.hasRemaining()) out.write(b);
                    spans[2 * k] = lines0.size();
                    spans[2 * k + 1] = n;
                }
                lines += spans[2 * k + 1];
                k++;
            }
            return run.flush() ? new RecordsFile.Merge(lines, spans) : null;
        }
    }

    /** Contiguous unchanged documents of the old file, copied as one stretch. */
    private static final class Run {
        private final FileChannel in, out;
        private long from = -1, to = -1;
        private String first;

        Run(FileChannel in, FileChannel out) {
            this.in = in;
            this.out = out;
        }

        /** Adds a document's stretch, copying the run so far first when it does not follow on; false if the file does not bear it out. */
        boolean extend(String id, long offset, long bytes) throws IOException {
            if (offset != to) {
                if (!flush()) return false;
                from = offset;
                first = id;
            }
            to = offset + bytes;
            return true;
        }

        /** Copies the run, after checking that it starts a line with its first document's id and ends a line. */
        boolean flush() throws IOException {
            if (from < 0) return true;
            long start = from, end = to;
            from = to = -1;
            if (!startsWith(in, start, first) || !endsLine(in, end)) return false;
            long at = start;
            while (at < end) {
                long n = in.transferTo(at, end - at, out);
                if (n <= 0) {
                    // not moved this time (it may not, by its contract): through a buffer instead
                    ByteBuffer b = ByteBuffer.allocate((int) Math.min(1 << 16, end - at));
                    int r = in.read(b, at);
                    if (r <= 0) return false;
                    b.flip();
                    while (b.hasRemaining()) out.write(b);
                    n = r;
                }
                at += n;
            }
            return true;
        }
    }

    /** Whether a line starts at {@code offset} (the file's start, or after a line end) with the doc_id {@code id}. */
    private static boolean startsWith(FileChannel in, long offset, String id) throws IOException {
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') return true;   // written escaped: the size check alone stands for it
        }
        byte[] want = ("{\"doc_id\":\"" + id + "\"").getBytes(StandardCharsets.UTF_8);
        long from = offset == 0 ? 0 : offset - 1;
        ByteBuffer got = ByteBuffer.allocate(want.length + (offset == 0 ? 0 : 1));
        while (got.hasRemaining()) {
            if (in.read(got, from + got.position()) < 0) return false;
        }
        byte[] b = got.array();
        if (offset > 0 && b[0] != '\n') return false;
        return Arrays.equals(b, offset == 0 ? 0 : 1, b.length, want, 0, want.length);
    }

    /** Whether the byte before {@code end} is a line end. */
    private static boolean endsLine(FileChannel in, long end) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1);
        return end > 0 && in.read(b, end - 1) == 1 && b.get(0) == '\n';
    }

    /** The spans of a file being written document by document, as the line-by-line merge writes it. */
    static final class Builder {
        private final Map<String, long[]> byId = new HashMap<>();
        private long[] current;

        /** A kept document's lines follow (again, when its id was written escaped and each line looked new). */
        void start(String id) {
            current = byId.computeIfAbsent(id, k -> new long[2]);
        }

        /** One more line of the document started last, of {@code bytes} with its line end. */
        void line(long bytes) {
            current[0] += bytes;
            current[1]++;
        }

        /** A document written whole. */
        void add(String id, long bytes, long lines) {
            long[] s = byId.computeIfAbsent(id, k -> new long[2]);
            s[0] += bytes;
            s[1] += lines;
        }

        /** Bytes and lines per id of {@code ids} (none where nothing was written); null if a document written is not among them. */
        long[] inOrderOf(Set<String> ids) {
            long[] out = new long[2 * ids.size()];
            int k = 0, found = 0;
            for (String id : ids) {
                long[] s = byId.get(id);
                if (s != null) {
                    out[2 * k] = s[0];
                    out[2 * k + 1] = s[1];
                    found++;
                }
                k++;
            }
            return found == byId.size() ? out : null;
        }
    }

    /** Counts the bytes written through it. */
    static final class CountingOutputStream extends FilterOutputStream {
        private long written;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        long written() {
            return written;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            written += len;
        }
    }
}

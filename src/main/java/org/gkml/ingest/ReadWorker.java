package org.gkml.ingest;

import org.gkml.catalog.CatalogDocument;
import org.gkml.extract.LibraryLogging;
import org.gkml.extract.UnreadableFileException;
import org.gkml.pipeline.CatalogReader;
import org.gkml.pipeline.Warmup;
import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.MappingsException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child side of {@link ForkedReader}: a JVM that reads catalogs one at a time for its parent and nothing else.
 * The parent writes a file's path; the worker answers with one {@link Reply}. Whatever a read does to this JVM —
 * runs away, fills the heap, crashes it — the parent kills or replaces the process and no other file is touched.
 *
 * <p>Protocol on stdin/stdout, all lengths big-endian ints: request = path as UTF-8 bytes; the worker first sends
 * {@link #READY} once its libraries are warmed up, then per request one kind byte and a payload (a serialised
 * {@link CatalogDocument}, or the UTF-8 reason). Library chatter on System.out goes to stderr, so stdout carries
 * the protocol only.
 */
public final class ReadWorker {

    static final int READY = 0x67;
    static final byte DOCUMENT = 0;
    static final byte UNREADABLE = 1;
    static final byte OUT_OF_MEMORY = 2;
    static final byte ERROR = 3;

    private ReadWorker() {
    }

    public static void main(String[] args) throws IOException {
        LibraryLogging.quiet();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        Path mappingsDir = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--mappings")) mappingsDir = Path.of(args[i + 1]);
        }
        Warmup.ensure();
        CatalogReader reader;
        try {
            // the parent loaded and checked the same folder before starting this process
            reader = new CatalogReader(mappingsDir == null ? Mappings.builtIn() : Mappings.load(mappingsDir));
        } catch (MappingsException e) {
            System.err.println("gkml: mappings: " + e.getMessage());
            System.exit(3);
            return;
        }
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        out.writeInt(READY);
        out.flush();
        while (true) {
            String path;
            try {
                path = new String(readBlock(in), StandardCharsets.UTF_8);
            } catch (EOFException parentClosed) {
                return;
            }
            boolean healthy = answer(reader, Path.of(path), out);
            out.flush();
            if (!healthy) System.exit(1); // after running out of memory this JVM is not to be trusted again
        }
    }

    /** Reads one file and writes the reply; false when this JVM should not read another file. */
    private static boolean answer(CatalogReader reader, Path file, DataOutputStream out) throws IOException {
        try {
            CatalogDocument doc = reader.read(file);
            write(out, DOCUMENT, serialised(doc));
            return true;
        } catch (UnreadableFileException e) {
            write(out, UNREADABLE, (e.reason() + "\u0000" + (e.format() == null ? "" : e.format())).getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (OutOfMemoryError e) {
            write(out, OUT_OF_MEMORY, String.valueOf(e.getMessage()).getBytes(StandardCharsets.UTF_8));
            return false;
        } catch (StackOverflowError e) {
            write(out, ERROR, "internal error: stack overflow while reading (nesting too deep)".getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (RuntimeException | Error e) {
            write(out, ERROR, ("internal error: " + e).getBytes(StandardCharsets.UTF_8));
            return !(e instanceof Error);
        }
    }

    private static byte[] serialised(CatalogDocument doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(doc);
        }
        return bytes.toByteArray();
    }

    private static void write(DataOutputStream out, byte kind, byte[] payload) throws IOException {
        out.writeByte(kind);
        out.writeInt(payload.length);
        out.write(payload);
    }

    static byte[] readBlock(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 30)) throw new IOException("bad block length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }
}

package org.gkml.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/** SHA-256 as lowercase hex: a document's version is the hash of its bytes. */
public final class ContentHash {

    private ContentHash() {
    }

    /** Streams the file (never holds it in memory), so hashing costs no more memory for a huge file. */
    public static String of(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** One hash for a whole id → version map, independent of its iteration order. */
    public static String ofVersions(Map<String, String> versions) {
        MessageDigest md = sha256();
        for (Map.Entry<String, String> e : new TreeMap<>(versions).entrySet()) {
            md.update((e.getKey() + "\t" + e.getValue() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}

package org.gkml.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The ids the API hands out. A catalog's id is derived from its index id (the file's absolute path), so it stays
 * the same across ingests and servers, but names no path: nothing a client sends is ever used as a file name.
 * An entry's id is its catalog's id and its position in the catalog ({@code 3f2a…-12}).
 */
final class CatalogId {

    private static final Pattern CATALOG = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern ENTRY = Pattern.compile("([0-9a-f]{16})-(\\d{1,6})");

    private CatalogId() {
    }

    static String of(String docId) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(docId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }

    static String entry(String catalogId, int ordinal) {
        return catalogId + "-" + ordinal;
    }

    static boolean isCatalog(String id) {
        return id != null && CATALOG.matcher(id).matches();
    }

    /** The catalog id and ordinal of an entry id, or null when {@code id} is not shaped like one. */
    static EntryRef parseEntry(String id) {
        var m = id == null ? null : ENTRY.matcher(id);
        if (m == null || !m.matches()) return null;
        return new EntryRef(m.group(1), Integer.parseInt(m.group(2)));
    }

    record EntryRef(String catalogId, int ordinal) {
    }
}

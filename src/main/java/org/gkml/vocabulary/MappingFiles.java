package org.gkml.vocabulary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the data files under mappings/: tab-separated rows, '#' starts a comment line, blank lines are
 * skipped. The files ship inside the jar; the system property {@code gkml.mappings} (set by the CLI's
 * {@code --mappings DIR}) points at a folder that overrides them file by file.
 */
public final class MappingFiles {

    public static final String OVERRIDE_PROPERTY = "gkml.mappings";

    private MappingFiles() {
    }

    /** The rows of a mapping file, each split on tabs, trailing empty columns dropped. */
    public static List<String[]> rows(String name) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(name)) {
            String[] parts = line.split("\t", -1);
            int n = parts.length;
            while (n > 1 && parts[n - 1].isEmpty()) n--;
            rows.add(Arrays.copyOf(parts, n));
        }
        return rows;
    }

    /** The non-blank, non-comment lines of a mapping file. */
    public static List<String> lines(String name) {
        List<String> out = new ArrayList<>();
        for (String line : readAll(name).split("\r?\n")) {
            String l = line.strip().startsWith("#") ? "" : line;
            if (!l.isBlank()) out.add(l.stripTrailing());
        }
        return out;
    }

    private static String readAll(String name) {
        if (name.contains("..") || name.startsWith("/")) throw new IllegalArgumentException("bad mapping file name: " + name);
        String dir = System.getProperty(OVERRIDE_PROPERTY);
        try {
            if (dir != null) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p)) return Files.readString(p, StandardCharsets.UTF_8);
            }
            try (InputStream in = MappingFiles.class.getResourceAsStream("/mappings/" + name)) {
                if (in == null) throw new IllegalStateException("mapping file missing from the build: mappings/" + name);
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read mapping file " + name, e);
        }
    }
}

package org.gkml.ingest;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Region;
import org.gkml.extract.UnreadableFileException;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A stand-in reader for tests of the ingest machinery (not of extraction): each non-blank line of a UTF-8
 * file is one item; a line "WARN" adds a warning; an empty file is unreadable.
 */
final class LineCatalogs {

    private LineCatalogs() {
    }

    static CatalogDocument read(Path file) throws UnreadableFileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "lines", "cannot read: " + e.getMessage(), e);
        }
        if (text.isBlank()) throw new UnreadableFileException(file, "lines", "the file is empty");
        List<Entry> entries = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            if (line.equals("WARN")) {
                warnings.add(new Warning(WarningCode.CHANNELS, "a line asked for a warning", null));
                continue;
            }
            entries.add(new Entry(entries.size() + 1, null, "类别", line.strip(), null, null, List.of(), null, null, null,
                    null, List.of(), null, List.of(), List.of(), List.of(), List.of(), null, List.of(), null, Map.of(), null));
        }
        String name = file.getFileName().toString();
        return new CatalogDocument(name, "lines", name, "测试局", Region.UNKNOWN, null, Map.of(),
                EnumSet.of(Field.SEQ, Field.CATEGORY, Field.ITEM), entries, warnings);
    }

    static Path write(Path file, String... lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}

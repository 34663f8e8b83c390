package org.gkml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** The string values the reviewed golden extract outputs hold under a key, for the enums' JSON codes to be checked against. */
public final class GoldenValues {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private GoldenValues() {
    }

    /** Every non-null text value stored under {@code key}, at any depth, in any golden file. */
    public static Set<String> under(String key) {
        ObjectMapper json = new ObjectMapper();
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                for (JsonNode v : json.readTree(f.toFile()).findValues(key)) if (v.isTextual()) out.add(v.asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (out.isEmpty()) throw new AssertionError("no golden file holds a value under \"" + key + "\"");
        return out;
    }
}

package org.gkml.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The administrative level of a catalog's publishing body; the JSON string is the document's {@code level}
 * and the index's {@code level} filter value. Declared from the broadest down: the gazetteer compares
 * places by this order.
 */
public enum Level {
    /** 省级: a province, autonomous region or municipality directly under the State Council. */
    PROVINCE("province"),
    /** 市级: a prefecture-level city, 州 or 盟. */
    CITY("city"),
    /** 县级: a county, district or county-level city. */
    COUNTY("county");

    private final String json;

    Level(String json) {
        this.json = json;
    }

    @JsonValue
    public String json() {
        return json;
    }

    public static Optional<Level> fromJson(String level) {
        return Arrays.stream(values()).filter(l -> l.json.equals(level)).findFirst();
    }

    /** {@link #fromJson}, for a value that must be a level: the error names {@code where} and the levels there are. */
    public static Level parse(String level, String where) {
        return fromJson(level).orElseThrow(() -> new IllegalArgumentException(where + ": \"" + level + "\" is not a level ("
                + Arrays.stream(values()).map(Level::json).collect(Collectors.joining(", ")) + ")"));
    }
}

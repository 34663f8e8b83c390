package org.gkml.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What a time limit's day count counts; the JSON string is the entry's {@code deadline_unit}. */
public enum DeadlineUnit {
    /** 工作日: weekends and holidays do not count. */
    WORKING_DAY("working_day"),
    /** 日, 天, 自然日, 日历日: every calendar day counts. */
    DAY("day");

    private final String json;

    DeadlineUnit(String json) {
        this.json = json;
    }

    /** The unit as the JSON output and the index carry it. */
    @JsonValue
    public String json() {
        return json;
    }

    public static Optional<DeadlineUnit> fromJson(String unit) {
        return Arrays.stream(values()).filter(u -> u.json.equals(unit)).findFirst();
    }
}

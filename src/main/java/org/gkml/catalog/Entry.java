package org.gkml.catalog;

import org.gkml.table.Provenance;

import java.util.List;
import java.util.Map;

/**
 * One second-level item (二级事项) of a catalog in the unified schema. Null means the cell is empty; whether
 * the catalog has the column at all is {@link CatalogDocument#fields()}. Lists are never null.
 *
 * @param extra  columns that map to no schema field, by their header text
 * @param source where the entry's row starts
 */
public record Entry(Integer seq, String domain, String category, String item, String content, String basis,
                    List<String> laws, String timeLimit, Integer deadlineDays, String deadlineUnit, String subject,
                    List<String> channels, String webColumn, List<String> audience, List<String> disclosureMode,
                    List<String> responsible, List<String> publicityType, String updateFrequency,
                    List<String> levels, String remarks, Map<String, String> extra, Provenance source)
        implements java.io.Serializable {

    public Entry {
        laws = List.copyOf(laws);
        channels = List.copyOf(channels);
        audience = List.copyOf(audience);
        disclosureMode = List.copyOf(disclosureMode);
        responsible = List.copyOf(responsible);
        publicityType = List.copyOf(publicityType);
        levels = List.copyOf(levels);
        extra = Map.copyOf(extra);
    }

    /** The value of a schema field, as the JSON output carries it. */
    public Object get(Field f) {
        return switch (f) {
            case SEQ -> seq;
            case DOMAIN -> domain;
            case CATEGORY -> category;
            case ITEM -> item;
            case CONTENT -> content;
            case BASIS -> basis;
            case LAWS -> laws;
            case TIME_LIMIT -> timeLimit;
            case DEADLINE_DAYS -> deadlineDays;
            case DEADLINE_UNIT -> deadlineUnit;
            case SUBJECT -> subject;
            case CHANNELS -> channels;
            case WEB_COLUMN -> webColumn;
            case AUDIENCE -> audience;
            case DISCLOSURE_MODE -> disclosureMode;
            case RESPONSIBLE -> responsible;
            case PUBLICITY_TYPE -> publicityType;
            case UPDATE_FREQUENCY -> updateFrequency;
            case LEVELS -> levels;
            case REMARKS -> remarks;
        };
    }
}

package org.gkml.report;

import org.gkml.report.coverage.ItemNames;
import org.gkml.report.rules.FewerItemsThanDeclared;
import org.gkml.report.rules.Rule;
import org.gkml.report.rules.RuleBook;
import org.gkml.vocabulary.MappingFiles;

/**
 * The report's data from mappings/: its rules (report-rules.tsv) and the other names of items (item-synonyms.tsv).
 *
 * @param declaredKey the meta key under which a catalog declares its number of 二级事项
 */
public record ReportVocabulary(RuleBook rules, ItemNames itemNames, String declaredKey) {

    private static final String DEFAULT_DECLARED_KEY = "二级事项";

    /** The files as shipped, or as {@code --mappings DIR} overrides them. */
    public static ReportVocabulary load() {
        RuleBook rules = RuleBook.of(MappingFiles.rows("report-rules.tsv"));
        String declared = DEFAULT_DECLARED_KEY;
        for (Rule r : rules.rules()) {
            if (r.spec().id().equals(FewerItemsThanDeclared.ID)) declared = r.spec().param("declared_key");
        }
        return new ReportVocabulary(rules, new ItemNames(MappingFiles.rows("item-synonyms.tsv")), declared);
    }
}

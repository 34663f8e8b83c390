package org.gkml.report;

import org.gkml.report.coverage.ItemNames;
import org.gkml.report.coverage.ItemWords;
import org.gkml.report.rules.FewerItemsThanDeclared;
import org.gkml.report.rules.Rule;
import org.gkml.report.rules.RuleBook;
import org.gkml.report.rules.TimeLimitTooLong;
import org.gkml.vocabulary.MappingFile;
import org.gkml.vocabulary.Mappings;

/**
 * The report's data from mappings/: its rules (report-rules.tsv), the other names of items (item-synonyms.tsv) and how
 * the words of item names are read (item-words.tsv), and which references a catalog is held against (reference-fit.tsv).
 *
 * @param declaredKey    the meta key under which a catalog declares its number of 二级事项
 * @param maxWorkingDays the legal time limit of 主动公开, in working days
 */
public record ReportVocabulary(RuleBook rules, ItemNames itemNames, ItemWords itemWords, String declaredKey, int maxWorkingDays,
                               java.util.List<String[]> referenceFit) {

    private static final String DEFAULT_DECLARED_KEY = "二级事项";
    /** 条例 art. 26, when the time-limit rule is switched off: still the line the HTML chart draws. */
    private static final int DEFAULT_MAX_WORKING_DAYS = 20;

    /** The same vocabulary with the coordinator's concordance corrections (spelling → item) on top. */
    public ReportVocabulary withCorrections(java.util.Map<String, String> corrections) {
        return new ReportVocabulary(rules, itemNames.withCorrections(corrections), itemWords, declaredKey, maxWorkingDays, referenceFit);
    }

    /** The files as shipped, or as {@code --mappings DIR} overrides them. */
    public static ReportVocabulary load(Mappings mappings) {
        RuleBook rules = RuleBook.of(rows(mappings, "report-rules.tsv"));
        String declared = DEFAULT_DECLARED_KEY;
        int maxWorkingDays = DEFAULT_MAX_WORKING_DAYS;
        for (Rule r : rules.rules()) {
            if (r.spec().id().equals(FewerItemsThanDeclared.ID)) declared = r.spec().param("declared_key");
            if (r.spec().id().equals(TimeLimitTooLong.ID)) maxWorkingDays = r.spec().intParam("max_working_days");
        }
        return new ReportVocabulary(rules, new ItemNames(rows(mappings, "item-synonyms.tsv")), new ItemWords(rows(mappings, "item-words.tsv")),
                declared, maxWorkingDays, rows(mappings, ReferenceFit.FILE));
    }

    private static java.util.List<String[]> rows(Mappings mappings, String file) {
        return mappings.file(file).rows().stream().map(MappingFile.Row::toArray).toList();
    }
}

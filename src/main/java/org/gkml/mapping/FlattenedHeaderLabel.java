package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.HeaderLexicon;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A two-row header flattened into one label, as plain-text and spreadsheet exports print it: the group and the
 * option in one cell, {@code 公开对象（全社会）}, {@code 公开方式-依申请}, {@code 公开层级：镇级}. Read as the path
 * 公开对象 / 全社会, so the column is the option's tick column, not a second column of the group's field. Only where
 * the option is a tick option of the very field the group names: {@code 公开内容（要素）} stays one label.
 */
final class FlattenedHeaderLabel {

    private static final Pattern GROUP_AND_OPTION = Pattern.compile("^(.+?)\\s*(?:[（(]\\s*(.+?)\\s*[)）]|[-—－:：]\\s*(.+))$");

    private FlattenedHeaderLabel() {
    }

    /** [group, option] when the label is a group and one of its options printed together. */
    static Optional<List<String>> split(String label, HeaderLexicon lexicon) {
        Matcher m = GROUP_AND_OPTION.matcher(label.strip());
        if (!m.matches()) return Optional.empty();
        String group = m.group(1);
        String option = m.group(2) != null ? m.group(2) : m.group(3);
        Optional<Field> optionField = lexicon.options().fieldOf(option);
        if (optionField.isEmpty()) return Optional.empty();
        Optional<HeaderLexicon.Match> groupMatch = lexicon.match(group);
        if (groupMatch.isEmpty() || groupMatch.get().field() != optionField.get()) return Optional.empty();
        return Optional.of(List.of(group, option));
    }
}

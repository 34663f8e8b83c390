package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.Options;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a column holds, told by its cells where its label says nothing we know (公开类别, 是否主动公开, a label
 * another column already took): a column whose every cell is one or more option words of one option field
 * (主动公开, 依申请公开; 全社会, 特定群体; 县级, 乡级; 决策, 执行 …) holds that field.
 */
final class ColumnValues {

    /** Cells enough to tell: one cell could be a coincidence. */
    static final int MIN_CELLS = 2;
    private static final Pattern SEPARATOR = Pattern.compile("[、，,;；/\\s]+");

    private ColumnValues() {
    }

    /** The option field every non-blank cell names, or empty. */
    static Optional<Field> optionFieldOf(List<String> cells, Options options) {
        Field field = null;
        int seen = 0;
        for (String cell : cells) {
            if (cell == null || cell.isBlank()) continue;
            seen++;
            for (String word : SEPARATOR.split(cell.strip())) {
                if (word.isEmpty()) continue;
                Optional<Field> f = options.fieldOf(word);
                if (f.isEmpty() || field != null && f.get() != field) return Optional.empty();
                field = f.get();
            }
        }
        return seen >= MIN_CELLS ? Optional.ofNullable(field) : Optional.empty();
    }
}

package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.vocabulary.HeaderLexicon;
import org.gkml.table.Table;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a table's header rows and says what each column holds. The header starts at the first row with two
 * or more known labels and runs while rows bring new labels (two- and three-row headers); each column's
 * label path (公开对象 / 全社会) is then read against mappings/headers.tsv and mappings/options.tsv.
 */
final class HeaderReader {

    /** The header of one table: rows [firstRow, firstRow + rowCount) and a role per column. */
    record Header(int firstRow, int rowCount, List<ColumnRole> roles) {
        int bodyStart() {
            return firstRow + rowCount;
        }
    }

    /** A header lies among a table's first rows: a title row, a note or two and blank rows may come before it. */
    private static final int HEADER_SCAN_ROWS = 12;
    /** A row starts the header with this many labels: one could be a title or a note that happens to name a field. */
    private static final int MIN_HEADER_LABELS = 2;
    /** A column read by its parent label (its own sub-label unknown) is less sure: a sibling may hold that field too. */
    private static final double PARENT_LABEL_CONFIDENCE = 0.8;
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final int MAX_HEADER_ROWS = 3;
    /** A column read by its cells' values, its label unknown: sure of the values, not of the label. */
    private static final double VALUES_CONFIDENCE = 0.5;

    private final HeaderLexicon lexicon;

    HeaderReader(HeaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Optional<Header> find(Table table, List<Warning> warnings) {
        Cell[][] grid = table.grid();
        int scan = Math.min(grid.length, HEADER_SCAN_ROWS);
        for (int r = 0; r < scan; r++) {
            if (labelsStartingIn(grid, r) < MIN_HEADER_LABELS) continue;
            int rows = 1;
            while (rows < MAX_HEADER_ROWS && r + rows < grid.length
                    && (isSubHeader(grid, r + rows) || liesUnderSpannedLabels(grid, r, r + rows))) rows++;
            return Optional.of(new Header(r, rows, roles(grid, r, rows, warnings)));
        }
        return Optional.empty();
    }

    /** How many distinct cells starting in row r read as header labels. */
    private int labelsStartingIn(Cell[][] grid, int r) {
        int n = 0;
        for (Cell c : distinct(grid[r])) {
            // 公开方式：| 主动公开 is a key and its value in a portal's information box, not a column's label
            if (c.row() == r && !KeyValueBox.isKey(c.text()) && lexicon.isLabel(c.text())) n++;
        }
        return n;
    }

    private boolean isSubHeader(Cell[][] grid, int r) {
        int labels = 0;
        int others = 0;
        for (Cell c : distinct(grid[r])) {
            if (c.row() != r || c.isBlank()) continue;
            if (NUMBER.matcher(c.text().strip()).matches()) return false;
            if (lexicon.isLabel(c.text())) labels++;
            else others++;
        }
        return labels > 0 && labels >= others;
    }

    /**
     * Row r holds only the sub-labels of header cells spanning several columns (公开事项 over 一级 / 二级), every
     * other column being a header label merged down into it: a header row even where its sub-labels are unknown.
     */
    private static boolean liesUnderSpannedLabels(Cell[][] grid, int first, int r) {
        boolean under = false;
        for (int c = 0; c < grid[r].length; c++) {
            Cell cell = grid[r][c];
            if (cell == null) return false;
            if (cell.row() < r) {
                if (cell.row() < first) return false;
                continue;
            }
            if (NUMBER.matcher(cell.text().strip()).matches()) return false;
            Cell above = grid[r - 1][c];
            if (above == null || above.row() < first || above.colSpan() < 2 || above.isBlank()) return false;
            under = true;
        }
        return under;
    }

    private List<ColumnRole> roles(Cell[][] grid, int first, int rows, List<Warning> warnings) {
        int width = grid[first].length;
        List<List<Cell>> paths = new ArrayList<>();
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            LinkedHashSet<Cell> path = new LinkedHashSet<>();
            for (int r = first; r < first + rows; r++) {
                Cell cell = grid[r][c];
                if (cell != null && !cell.isBlank()) path.add(cell);
            }
            paths.add(new ArrayList<>(path));
            roles.add(role(c, path.stream().map(cell -> cell.text().strip()).toList(), warnings, leafOf(path)));
        }
        ItemLevels.settle(roles, paths, grid, first + rows);
        Set<Field> textFields = new HashSet<>();
        List<Cell> leafCells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            ColumnRole role = roles.get(c);
            Cell leaf = leafOf(paths.get(c));
            // Two columns under one header cell hold one field; a second header naming a field already taken is kept aside.
            boolean sameHeaderCell = leaf != null && leafCells.contains(leaf);
            if (role.field() != null && !role.isTick() && !sameHeaderCell && !textFields.add(role.field())) {
                warnings.add(new Warning(WarningCode.DUPLICATE_COLUMN, "column '" + role.label() + "' names " + role.field().key()
                        + " again; kept under extra", leaf == null ? null : leaf.source()));
                role = new ColumnRole(c, role.label(), null, null, 0);
                roles.set(c, role);
            }
            if (role.field() != null && role.confidence() < HeaderLexicon.VARIANT_CONFIDENCE) {
                warnings.add(new Warning(WarningCode.LOW_CONFIDENCE_COLUMN, "column '" + role.label() + "' read as "
                        + role.field().key() + " with confidence " + String.format("%.2f", role.confidence()),
                        leaf == null ? null : leaf.source()));
            }
            if (role.isExtra() && !role.label().isEmpty()) {
                Optional<Field> byValues = ColumnValues.optionFieldOf(bodyTexts(grid, first + rows, c), lexicon.options());
                if (byValues.isPresent() && !fieldTaken(roles, byValues.get())) {
                    role = new ColumnRole(c, role.label(), byValues.get(), null, VALUES_CONFIDENCE);
                    roles.set(c, role);
                    textFields.add(role.field());
                    warnings.add(new Warning(WarningCode.LOW_CONFIDENCE_COLUMN, "column '" + role.label() + "' read as "
                            + role.field().key() + " by its cells, which are all " + role.field().key() + " options",
                            leaf == null ? null : leaf.source()));
                } else {
                    warnings.add(new Warning(WarningCode.UNMAPPED_COLUMN, "column '" + role.label() + "' maps to no schema field; kept under extra",
                            leaf == null ? null : leaf.source()));
                }
            }
            leafCells.add(leaf);
        }
        return roles;
    }

    /** The texts of column c's cells from the first body row down, each merged cell once. */
    private static List<String> bodyTexts(Cell[][] grid, int bodyStart, int c) {
        List<String> out = new ArrayList<>();
        Cell previous = null;
        for (int r = bodyStart; r < grid.length; r++) {
            Cell cell = c < grid[r].length ? grid[r][c] : null;
            if (cell != null && cell != previous) out.add(cell.text());
            previous = cell;
        }
        return out;
    }

    private static boolean fieldTaken(List<ColumnRole> roles, Field field) {
        return roles.stream().anyMatch(r -> r.field() == field);
    }

    private static Cell leafOf(java.util.Collection<Cell> path) {
        Cell leaf = null;
        for (Cell c : path) leaf = c;
        return leaf;
    }

    private ColumnRole role(int col, List<String> labels, List<Warning> warnings, Cell leafCell) {
        String label = String.join("/", labels.stream().map(HeaderLexicon::key).toList());
        if (labels.isEmpty()) return new ColumnRole(col, "", null, null, 0);
        Optional<List<String>> flattened = FlattenedHeaderLabel.split(labels.get(labels.size() - 1), lexicon);
        if (flattened.isPresent()) {
            labels = new ArrayList<>(labels.subList(0, labels.size() - 1));
            labels.addAll(flattened.get());
        }
        String leaf = labels.get(labels.size() - 1);
        Optional<Field> tickField = lexicon.options().fieldOf(leaf);
        if (tickField.isPresent()) {
            String option = lexicon.options().canonical(tickField.get(), leaf).orElse(HeaderLexicon.key(leaf));
            return new ColumnRole(col, label, tickField.get(), option, 1.0);
        }
        if (labels.size() > 1 && !lexicon.isKnown(leaf) && names(labels.get(labels.size() - 2), Field.CHANNELS)) {
            // 公开渠道 over 政府网站 | 政务新媒体 | 公示栏: the channels are open-ended, so each sub-label is the
            // channel its ticks select, as printed (the normalize stage reads it as a channel name)
            return new ColumnRole(col, label, Field.CHANNELS, leaf, 1.0);
        }
        if (labels.size() > 1 && !lexicon.isKnown(leaf) && names(labels.get(labels.size() - 2), Field.LEVELS)) {
            // 公开层级 over 县级 | 乡镇（街道）级 | 村（社区）级: places are open-ended too, so each sub-label is the
            // level its ticks select, as printed (line breaks inside the label taken out)
            return new ColumnRole(col, label, Field.LEVELS, leaf.replaceAll("\\s+", ""), 1.0);
        }
        if (!lexicon.isKnown(leaf)) {
            String level = ItemLevels.levelLabel(leaf, labels.size() > 1 ? labels.get(labels.size() - 2) : null);
            if (level != null) return new ColumnRole(col, level, null, null, 0);
        }
        for (int i = labels.size() - 1; i >= 0; i--) {
            Optional<HeaderLexicon.Match> m = lexicon.match(labels.get(i));
            if (m.isEmpty()) continue;
            if (i < labels.size() - 1) {
                // The sub-label says nothing we know: the column falls back on its parent's meaning, which a
                // sibling may hold too. Say so rather than let two levels silently read as one.
                warnings.add(new Warning(WarningCode.UNKNOWN_SUB_LABEL, "sub-column '" + HeaderLexicon.key(leaf) + "' under '"
                        + HeaderLexicon.key(labels.get(i)) + "' is not a known label; read as " + m.get().field().key(),
                        leafCell == null ? null : leafCell.source()));
            }
            double confidence = m.get().confidence() * (i == labels.size() - 1 ? 1.0 : PARENT_LABEL_CONFIDENCE);
            return new ColumnRole(col, label, m.get().field(), null, confidence);
        }
        return new ColumnRole(col, label, null, null, 0);
    }

    private boolean names(String parentLabel, Field field) {
        return lexicon.match(parentLabel).map(m -> m.field() == field).orElse(false);
    }

    private static List<Cell> distinct(Cell[] row) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : row) if (c != null && (out.isEmpty() || out.get(out.size() - 1) != c)) out.add(c);
        return out;
    }
}

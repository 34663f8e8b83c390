package org.gkml.mapping;

import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.table.HeaderLexicon;
import org.gkml.table.Options;
import org.gkml.table.Table;
import org.gkml.table.Warning;

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

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final int MAX_HEADER_ROWS = 3;

    private final HeaderLexicon lexicon = HeaderLexicon.get();

    Optional<Header> find(Table table, List<Warning> warnings) {
        Cell[][] grid = table.grid();
        int scan = Math.min(grid.length, 12);
        for (int r = 0; r < scan; r++) {
            if (labelsStartingIn(grid, r) < 2) continue;
            int rows = 1;
            while (rows < MAX_HEADER_ROWS && r + rows < grid.length && isSubHeader(grid, r + rows)) rows++;
            return Optional.of(new Header(r, rows, roles(grid, r, rows, warnings)));
        }
        return Optional.empty();
    }

    /** How many distinct cells starting in row r read as header labels. */
    private int labelsStartingIn(Cell[][] grid, int r) {
        int n = 0;
        for (Cell c : distinct(grid[r])) {
            if (c.row() == r && lexicon.isLabel(c.text())) n++;
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

    private List<ColumnRole> roles(Cell[][] grid, int first, int rows, List<Warning> warnings) {
        int width = grid[first].length;
        List<ColumnRole> roles = new ArrayList<>();
        Set<Field> textFields = new HashSet<>();
        List<Cell> leafCells = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            LinkedHashSet<Cell> path = new LinkedHashSet<>();
            for (int r = first; r < first + rows; r++) {
                Cell cell = grid[r][c];
                if (cell != null && !cell.isBlank()) path.add(cell);
            }
            List<String> labels = path.stream().map(cell -> cell.text().strip()).toList();
            ColumnRole role = role(c, labels);
            Cell leaf = path.isEmpty() ? null : new ArrayList<>(path).get(path.size() - 1);
            // Two columns under one header cell hold one field; a second header naming a field already taken is kept aside.
            boolean sameHeaderCell = leaf != null && leafCells.contains(leaf);
            if (role.field() != null && !role.isTick() && !sameHeaderCell && !textFields.add(role.field())) {
                warnings.add(new Warning("duplicate-column", "column '" + role.label() + "' names " + role.field().key()
                        + " again; kept under extra", leaf == null ? null : leaf.source()));
                role = new ColumnRole(c, role.label(), null, null, 0);
            }
            if (role.field() != null && role.confidence() < HeaderLexicon.VARIANT_CONFIDENCE) {
                warnings.add(new Warning("low-confidence-column", "column '" + role.label() + "' read as "
                        + role.field().key() + " with confidence " + String.format("%.2f", role.confidence()),
                        leaf == null ? null : leaf.source()));
            }
            if (role.isExtra() && !role.label().isEmpty()) {
                warnings.add(new Warning("unmapped-column", "column '" + role.label() + "' maps to no schema field; kept under extra",
                        leaf == null ? null : leaf.source()));
            }
            leafCells.add(leaf);
            roles.add(role);
        }
        return roles;
    }

    private ColumnRole role(int col, List<String> labels) {
        String label = String.join("/", labels.stream().map(HeaderLexicon::key).toList());
        if (labels.isEmpty()) return new ColumnRole(col, "", null, null, 0);
        String leaf = labels.get(labels.size() - 1);
        Optional<Field> tickField = Options.fieldOf(leaf);
        if (tickField.isPresent()) {
            String option = Options.canonical(tickField.get(), leaf).orElse(HeaderLexicon.key(leaf));
            return new ColumnRole(col, label, tickField.get(), option, 1.0);
        }
        for (int i = labels.size() - 1; i >= 0; i--) {
            Optional<HeaderLexicon.Match> m = lexicon.match(labels.get(i));
            if (m.isPresent()) {
                double confidence = m.get().confidence() * (i == labels.size() - 1 ? 1.0 : 0.8);
                return new ColumnRole(col, label, m.get().field(), null, confidence);
            }
        }
        return new ColumnRole(col, label, null, null, 0);
    }

    private static List<Cell> distinct(Cell[] row) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : row) if (c != null && (out.isEmpty() || out.get(out.size() - 1) != c)) out.add(c);
        return out;
    }
}

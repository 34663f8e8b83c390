package org.gkml.mapping;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.gkml.catalog.Field;
import org.gkml.table.Cell;
import org.gkml.vocabulary.HeaderLexicon;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The levels of a catalog's items (一级事项 / 二级事项 / 三级事项) when its labels leave them unclear. Catalogs
 * name the levels many ways: 事项类别 beside 事项名称 (both read as 一级事项 on their own), 类别 / 事项 under
 * 公开事项 (类别 alone is a 领域), a bare 三级 under 公开事项. The finer of two levels is the item.
 */
final class ItemLevels {

    /** A level the schema has no field for, named as a level (三级, 三级事项, 四级目录). */
    private static final Pattern LEVEL = Pattern.compile("[三四五六]级(\\p{IsHan}{0,2})");

    private ItemLevels() {
    }

    /**
     * The name of an item level the schema has no field for, its column kept under extra by a name a reader
     * knows (三级 under 公开事项 → 三级事项); null when the label names no such level.
     */
    static String levelLabel(String label, String parentLabel) {
        String key = HeaderLexicon.key(label);
        java.util.regex.Matcher m = LEVEL.matcher(org.gkml.catalog.Simplified.fold(key));   // 三級 too; the name stays as printed
        if (!m.matches()) return null;
        if (!m.group(1).isEmpty() || parentLabel == null) return key;
        // Segmented in simplified characters (公開事項 reads 公开 + 事项); the last word is taken as printed.
        String parent = HeaderLexicon.key(parentLabel);
        List<Term> words = HanLP.segment(org.gkml.catalog.Simplified.fold(parent));
        return words.isEmpty() ? key : key + parent.substring(parent.length() - words.get(words.size() - 1).word.length());
    }

    /** A column holding an item level finer than 二级事项: a row with a cell of its own there is an item of its own. */
    static boolean isFinerLevel(ColumnRole role) {
        return role.isExtra() && LEVEL.matcher(org.gkml.catalog.Simplified.fold(role.label())).matches();
    }

    /**
     * Settles the item levels among the columns' first readings, in place:
     * two columns read as 一级事项 and none as 二级事项 → the right one (the finer) is the item, or the left one where only
     * the right one's label names a class (事项名称 | 事项类别);
     * a 类别 read as 领域 beside an item, with no 一级事项 column → it is the 一级事项 (a 领域 is a grouping above the
     * 一级事项; with no 一级事项 it is the only grouping, so the first level: 类别 | 名称 | 内容 …), and so it is with no
     * item column at all (类别 | 公开内容 | 公开形式 | 公开时限);
     * a 类别 read as 领域 left of one 事项名称 read as 一级事项, with no item column and no label naming the first
     * level (一级事项, 大类) → both are one level finer: every row is an item, and the finest level named is it.
     *
     * @param paths each column's header cells, outermost first
     * @param grid the table, its body starting at row bodyStart
     */
    static void settle(List<ColumnRole> roles, List<List<Cell>> paths, Cell[][] grid, int bodyStart) {
        splitSpannedItemLabel(roles, paths, grid, bodyStart);
        if (column(roles, Field.ITEM) < 0) {
            int first = column(roles, Field.CATEGORY);
            int second = first < 0 ? -1 : nextColumn(roles, Field.CATEGORY, first);
            if (second >= 0 && !sameLeaf(paths, first, second)) {
                // the finer level is the right one, unless only the right one's label names a class (事项名称 | 事项类别)
                int finer = namesClass(roles.get(second)) && !namesClass(roles.get(first)) ? first : second;
                // every grid column under the finer label (a label merged over two columns) holds the item
                for (int k = 0; k < roles.size(); k++) {
                    if (k == finer || sameLeaf(paths, finer, k)) roles.set(k, as(roles.get(k), Field.ITEM));
                }
            }
            int domain = column(roles, Field.DOMAIN);
            if (first >= 0 && second < 0 && domain >= 0 && domain < first && !namesFirstLevel(roles.get(first))) {
                roles.set(first, as(roles.get(first), Field.ITEM));
                roles.set(domain, as(roles.get(domain), Field.CATEGORY));
            }
        }
        int item = column(roles, Field.ITEM);
        int domain = column(roles, Field.DOMAIN);
        if (item >= 0 && domain >= 0 && column(roles, Field.CATEGORY) < 0) {
            roles.set(domain, as(roles.get(domain), Field.CATEGORY));
        }
        // 类别 | 公开内容 | 公开形式 | 公开时限: a bare 类别 with no item level at all is the rows' only grouping, the
        // first level (机构职能类, 财务收支情况), not a 领域 above one. A 主题分类 / 目录分类 of documents stays the 领域.
        if (item < 0 && domain >= 0 && column(roles, Field.CATEGORY) < 0
                && BARE_KIND.matcher(org.gkml.catalog.Simplified.fold(roles.get(domain).label())).matches()) {
            roles.set(domain, as(roles.get(domain), Field.CATEGORY));
        }
        groupingItemColumn(roles, grid, bodyStart);
    }

    /** 类别, 公开类别: a bare class label, naming no kind of class (主题分类 and 目录分类 name a subject scheme). */
    private static final Pattern BARE_KIND = Pattern.compile("(公开)?类别");

    /** 二级事项, 小类, 子项, 具体事项: the label itself says the column is the finer of two levels. */
    private static final Pattern SECOND_LEVEL = Pattern.compile("二级|小类|子项|具体");

    /**
     * 公开事项 the only item column, its cells merged down over several rows that each carry a 序号 of their own
     * (公路水运工程基础设施 over rows 1–3, 道路运输 over rows 4–6; 公开内容 names what each row publishes): the column
     * groups the entries, so it is their 一级事项. Read so when such merged cells hold at least half the numbered
     * rows; a lone item column whose rows each have a cell of their own stays the item.
     */
    private static void groupingItemColumn(List<ColumnRole> roles, Cell[][] grid, int bodyStart) {
        int item = column(roles, Field.ITEM);
        int seq = column(roles, Field.SEQ);
        if (item < 0 || seq < 0 || column(roles, Field.CATEGORY) >= 0 || column(roles, Field.DOMAIN) >= 0) return;
        if (SECOND_LEVEL.matcher(org.gkml.catalog.Simplified.fold(roles.get(item).label())).find()) return;
        int numbered = 0;
        int grouped = 0;
        for (int r = bodyStart; r < grid.length; r++) {
            if (seq >= grid[r].length || item >= grid[r].length) continue;
            Cell number = grid[r][seq];
            if (number == null || number.isBlank() || number.row() != r) continue;
            numbered++;
            Cell group = grid[r][item];
            if (group != null && !group.isBlank() && numberedRows(grid, seq, group) >= 2) grouped++;
        }
        if (numbered > 0 && grouped > 0 && grouped * 2 >= numbered) roles.set(item, as(roles.get(item), Field.CATEGORY));
    }

    /** How many rows under the merged cell start a 序号 cell of their own. */
    private static int numberedRows(Cell[][] grid, int seq, Cell merged) {
        int n = 0;
        for (int r = merged.row(); r <= merged.lastRow() && r < grid.length; r++) {
            if (seq >= grid[r].length) continue;
            Cell number = grid[r][seq];
            if (number != null && !number.isBlank() && number.row() == r && number != merged) n++;
        }
        return n;
    }

    /**
     * 公开事项 (or 事项名称) printed once over two columns with no sub-labels under it: the left column holds the 一级事项
     * (merged down its group), the right the 二级事项. Read so only when no other column holds either level and the
     * body keeps the two columns apart; a body writing one text across both is one field split by the layout.
     */
    private static void splitSpannedItemLabel(List<ColumnRole> roles, List<List<Cell>> paths, Cell[][] grid, int bodyStart) {
        for (int a = 0; a + 1 < roles.size(); a++) {
            ColumnRole left = roles.get(a);
            boolean itemLevel = left.field() == Field.ITEM || left.field() == Field.CATEGORY;
            if (!itemLevel || left.isTick() || roles.get(a + 1).field() != left.field() || !sameLeaf(paths, a, a + 1)) continue;
            List<Cell> path = paths.get(a);
            if (path.get(path.size() - 1).colSpan() != 2) return;
            if (levelColumns(roles) != 2 || !keptApart(grid, bodyStart, a)) return;
            roles.set(a, as(left, Field.CATEGORY));
            roles.set(a + 1, as(roles.get(a + 1), Field.ITEM));
            return;
        }
    }

    private static int levelColumns(List<ColumnRole> roles) {
        int n = 0;
        for (ColumnRole r : roles) if ((r.field() == Field.ITEM || r.field() == Field.CATEGORY) && !r.isTick()) n++;
        return n;
    }

    /** Most body rows hold separate cells in columns a and a + 1. */
    private static boolean keptApart(Cell[][] grid, int bodyStart, int a) {
        int rows = 0;
        int apart = 0;
        for (int r = bodyStart; r < grid.length; r++) {
            if (a + 1 >= grid[r].length) continue;
            Cell x = grid[r][a];
            Cell y = grid[r][a + 1];
            if (x == null && y == null) continue;
            rows++;
            if (x != y) apart++;
        }
        return rows > 0 && apart * 2 > rows;
    }

    /** 一级事项, 一级目录, 大类: the label itself says the column is the first of two levels. */
    private static final Pattern FIRST_LEVEL = Pattern.compile("一级|大类");

    /** 事项类别, 信息类别, 分类: the label names a class of items, the coarser of two item levels. */
    private static final Pattern CLASS = Pattern.compile("类别|类型|分类|大类");

    private static boolean namesClass(ColumnRole role) {
        return CLASS.matcher(org.gkml.catalog.Simplified.fold(role.label())).find();
    }

    private static boolean namesFirstLevel(ColumnRole role) {
        return FIRST_LEVEL.matcher(org.gkml.catalog.Simplified.fold(role.label())).find();
    }

    private static int column(List<ColumnRole> roles, Field f) {
        return nextColumn(roles, f, -1);
    }

    private static int nextColumn(List<ColumnRole> roles, Field f, int after) {
        for (int i = after + 1; i < roles.size(); i++) {
            if (roles.get(i).field() == f && !roles.get(i).isTick()) return i;
        }
        return -1;
    }

    private static boolean sameLeaf(List<List<Cell>> paths, int a, int b) {
        List<Cell> pa = paths.get(a);
        List<Cell> pb = paths.get(b);
        return !pa.isEmpty() && !pb.isEmpty() && pa.get(pa.size() - 1) == pb.get(pb.size() - 1);
    }

    private static ColumnRole as(ColumnRole role, Field field) {
        return new ColumnRole(role.col(), role.label(), field, null, role.confidence());
    }
}

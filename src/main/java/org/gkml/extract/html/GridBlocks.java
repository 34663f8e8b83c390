package org.gkml.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogs a portal lays out with blocks instead of a table: a {@code div} or {@code li} per row and a {@code div}
 * or {@code span} per cell, styled into a grid. They are rewritten into tables before the page is read, so they
 * read like any other table. A block counts as a grid when at least {@value #MIN_ROWS} of its children of one tag
 * hold the same number, at least {@value #MIN_CELLS}, of element children (a menu's items hold one link, a news
 * list's two or fewer), its cells hold no structure of their own (a list, a table, a heading), and no block inside
 * it is one.
 * A header printed as a block of its own just above the rows, with as many cells, becomes the first row.
 */
final class GridBlocks {

    static final int MIN_ROWS = 3;
    static final int MIN_CELLS = 3;
    /** The share of the rows that must hold exactly the grid's number of cells. */
    private static final double SAME_WIDTH_SHARE = 0.8;

    private GridBlocks() {
    }

    /** Rewrites every grid outside a table into a table; returns how many. */
    static int tabulate(Document doc) {
        Map<Element, List<Element>> grids = new LinkedHashMap<>();
        for (Element block : doc.body().select("*")) {
            if (block == doc.body() || block.closest("table, pre, select") != null) continue;
            List<Element> rows = rowsOf(block);
            if (!rows.isEmpty()) grids.put(block, rows);
        }
        // which grids hold another is settled before any is rewritten: a rewritten grid leaves the page
        List<Element> innermost = new ArrayList<>();
        for (Element block : grids.keySet()) {
            boolean holdsAnother = grids.keySet().stream().anyMatch(o -> o.parents().contains(block));
            if (!holdsAnother) innermost.add(block);
        }
        int count = 0;
        for (Element block : innermost) {
            rewrite(block, grids.get(block));
            count++;
        }
        return count;
    }

    /** The block's children that are the rows of a grid, or none. */
    static List<Element> rowsOf(Element block) {
        Map<String, List<Element>> byTag = new LinkedHashMap<>();
        for (Element c : block.children()) byTag.computeIfAbsent(c.normalName(), k -> new ArrayList<>()).add(c);
        for (List<Element> sameTag : byTag.values()) {
            if (sameTag.size() < MIN_ROWS) continue;
            Map<Integer, Integer> widths = new HashMap<>();
            for (Element r : sameTag) widths.merge(r.childrenSize(), 1, Integer::sum);
            Map.Entry<Integer, Integer> common = widths.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            if (common.getKey() >= MIN_CELLS && common.getValue() >= MIN_ROWS
                    && common.getValue() >= SAME_WIDTH_SHARE * sameTag.size() && hasText(sameTag)) return sameTag;
        }
        return List.of();
    }

    /** Most rows say something, and no cell holds a structure of its own (a table, a list, a heading, a form). */
    private static boolean hasText(List<Element> rows) {
        long saying = rows.stream().filter(r -> r.children().stream().anyMatch(c -> !c.text().isBlank())).count();
        return saying >= SAME_WIDTH_SHARE * rows.size() && rows.stream().allMatch(r -> r.select(STRUCTURE).isEmpty())
                && !isLinkList(rows);
    }

    /** Cells that are nearly all links make a block of links (friendly sites, a footer's columns), not a catalog. */
    static boolean isLinkList(List<Element> rows) {
        int said = 0;
        int linked = 0;
        for (Element r : rows) {
            for (Element c : r.children()) {
                String text = c.text().strip();
                if (text.isEmpty()) continue;
                said++;
                String links = c.select("a[href]").text().strip();
                if (links.length() >= text.length()) linked++;
            }
        }
        return linked >= SAME_WIDTH_SHARE * said;
    }

    private static final String STRUCTURE = "table, ul, ol, dl, h1, h2, h3, h4, h5, h6, form, nav, iframe";

    private static void rewrite(Element block, List<Element> rows) {
        int width = rows.get(0).childrenSize();
        Element header = headerAbove(block, rows.get(0), width);
        Element table = new Element("table");
        if (header != null) table.appendChild(asRow(header));
        for (Element r : rows) table.appendChild(asRow(r));
        // What else the block held (a caption, a pager) stays on the page, before the table.
        for (Element other : new ArrayList<>(block.children())) {
            if (!rows.contains(other) && other != header) block.before(other);
        }
        block.replaceWith(table);
    }

    /** The block's first child of another tag, or its preceding sibling, when it holds as many cells as a row. */
    private static Element headerAbove(Element block, Element firstRow, int width) {
        Element first = block.child(0);
        if (first != firstRow && first.childrenSize() == width) return first;
        Element before = block.previousElementSibling();
        if (before != null && before.childrenSize() == 1 && before.child(0).childrenSize() == width) before = before.child(0);
        return before != null && before.childrenSize() == width && before.select("a[href]").isEmpty() ? before : null;
    }

    private static Element asRow(Element r) {
        Element tr = new Element("tr");
        for (Element cell : new ArrayList<>(r.children())) {
            Element td = new Element("td");
            td.appendChildren(new ArrayList<>(cell.childNodes()));
            tr.appendChild(td);
        }
        r.remove();
        return tr;
    }
}

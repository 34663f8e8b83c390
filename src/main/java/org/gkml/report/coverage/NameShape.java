package org.gkml.report.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an item's name taken apart before its words are read, so that the wrapping a catalog puts around
 * the same item does not count as words of it:
 * <ul>
 *   <li>a list number (（三）政策解读) and a year in front (2023年部门预算, 二〇二三年度部门决算): every year's
 *       catalog lists the same item;</li>
 *   <li>a bracket that says what the item includes (部门预算（含“三公”经费预算）): the item is still the one before
 *       it, so the bracket is dropped (the wordings, 含 / 包括, are the {@code inclusive} rows of
 *       mappings/item-words.tsv);</li>
 *   <li>a bracket that only says the word before it in other words (部门（单位）预算: 单位 is read as 部门, the
 *       {@code alike} rows of mappings/item-words.tsv): it names no other thing, so it is dropped;</li>
 *   <li>any other bracket qualifies the item (最低生活保障（农村）, 行政处罚（简易程序）): it is read in front of the
 *       name, where the same words stand when written without brackets (农村最低生活保障);</li>
 *   <li>a wrapper word in front ({@code wrapper} rows: 关于政府信息公开工作的年度报告).</li>
 * </ul>
 */
public final class NameShape {

    /** A bracket pair (ASCII, full-width, or the square and lenticular ones catalogs use) and what it holds. */
    private static final Pattern BRACKET = Pattern.compile("[(（\\[【〔]([^()（）\\[\\]【】〔〕]*)[)）\\]】〕]");
    /** A year written in digits or in Chinese numerals, with 年 or 年度, where the name starts. */
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:(?:19|20)[0-9]{2}|[〇○零一二][〇○零一二三四五六七八九]{3})\\s*年度?");

    private final List<String> inclusive;
    private final List<String> wrappers;
    /** a word → the word it is read as (单位 → 部门; the first of a row → itself) */
    private final Map<String, String> alike;

    /**
     * @param inclusive wordings that open a bracket saying what the item includes (含, 包括)
     * @param wrappers  wordings in front of a name that are not part of it (关于)
     */
    public NameShape(List<String> inclusive, List<String> wrappers) {
        this(inclusive, wrappers, Map.of());
    }

    /**
     * @param alike a word → the word it is read as (单位 → 部门): a bracket saying the word before it in other words
     *              is dropped
     */
    public NameShape(List<String> inclusive, List<String> wrappers, Map<String, String> alike) {
        this.inclusive = longestFirst(inclusive);
        this.wrappers = longestFirst(wrappers);
        this.alike = Map.copyOf(alike);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) if (w != null && !w.isBlank()) out.add(w.strip());
        out.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(out);
    }

    /** The name without its list number, year, inclusive brackets and wrapper, with other brackets read in front. */
    public String shape(String name) {
        if (name == null) return "";
        String s = ItemNames.withoutListNumber(name).strip();
        StringBuilder front = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        Matcher m = BRACKET.matcher(s);
        int at = 0;
        while (m.find()) {
            rest.append(s, at, m.start());
            String inside = m.group(1).strip();
            if (!isInclusive(inside) && !restates(s.substring(0, m.start()), inside)) front.append(inside);
            at = m.end();
        }
        rest.append(s.substring(at));
        String body = withoutFront(rest.toString().strip());
        String qualifier = withoutFront(front.toString());
        String shaped = qualifier + body;
        // a name that is all bracket or all year keeps what it says
        return shaped.isBlank() ? name.strip() : shaped;
    }

    /** Whether {@code inside} is read as the same word as one that {@code before} ends in (部门（单位）). */
    private boolean restates(String before, String inside) {
        String meant = alike.get(inside);
        if (meant == null) return false;
        for (Map.Entry<String, String> e : alike.entrySet()) {
            if (e.getValue().equals(meant) && !e.getKey().equals(inside) && before.strip().endsWith(e.getKey())) return true;
        }
        return false;
    }

    private boolean isInclusive(String inside) {
        for (String w : inclusive) if (inside.startsWith(w)) return true;
        return false;
    }

    /** Without a year and wrapper words in front, in either order (关于2023年…, 2023年关于…). */
    private String withoutFront(String s) {
        String before;
        do {
            before = s;
            s = LEADING_YEAR.matcher(s).replaceFirst("").strip();
            for (String w : wrappers) {
                if (s.startsWith(w) && s.length() > w.length()) {
                    s = s.substring(w.length()).strip();
                    break;
                }
            }
        } while (!s.equals(before));
        return s;
    }
}

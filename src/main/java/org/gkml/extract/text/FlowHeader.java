package org.gkml.extract.text;

import org.gkml.catalog.Field;
import org.gkml.vocabulary.HeaderLexicon;
import org.gkml.vocabulary.Options;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the header of a PDF-flow table. Its labels come out wrapped to their column's width and in
 * reading order, top header row first ("公开依" / "据", "一级" / "事项"), so pieces are glued back into known
 * labels, longest first; then the labels are laid out as leaf columns: a group label (公开事项, 公开对象,
 * 所属“五公开”类型) is replaced by the sub-labels of its kind, and sub-labels whose group label is missing are
 * placed just before the next group.
 */
final class FlowHeader {

    /**
     * Two known labels in a row make a header (and two item-level labels make a label over them a group): one
     * alone is as often a word of the title or of a cell.
     */
    private static final int LABELS_THAT_MAKE_A_HEADER = 2;

    /** A leaf column: its label path and its field (null when it maps to nothing). */
    record Column(String label, String parent, Field field, String option) {
        boolean isTick() {
            return option != null;
        }
    }

    /** One reassembled label and the fragments it used. */
    record Label(String text, int from, int to) {
    }

    private static final int MAX_PIECES = 6;
    private static final int MAX_UNKNOWN_LABEL = 8;

    private final HeaderLexicon lexicon;
    private final Options options;
    /**
     * The lexicon's answers for the texts glued so far: the header search tries a few joins at every line of a
     * long preamble, and the same joins again where a header repeats on a new page; a variant costs a HanLP
     * segmentation each time. One FlowHeader reads one document.
     */
    private final Map<String, Boolean> known = new HashMap<>();
    private final Map<String, Boolean> variant = new HashMap<>();

    FlowHeader(HeaderLexicon lexicon, Options options) {
        this.lexicon = lexicon;
        this.options = options;
    }

    /**
     * Glues fragments from {@code start} into labels, longest known label first, an unseen variant only where
     * no known label can be formed; stops at the first fragment that begins neither.
     */
    List<Label> labels(List<Fragment> fragments, int start) {
        List<Label> out = new ArrayList<>();
        int i = start;
        while (i < fragments.size()) {
            int end = longest(fragments, i, this::isKnownLabel);
            if (end < 0) {
                int split = runTogether(fragments, i);
                if (split > 0) {
                    // The first half stands on the piece alone, the second may wrap on over the pieces after it
                    // (公开责任一级事 ⏎ 项); the piece they share says nothing of either column's width.
                    String t = fragments.get(i).text();
                    String rest = t.substring(split);
                    int restEnd = labelEnd(rest, fragments, i + 1);
                    StringBuilder second = new StringBuilder(rest);
                    for (int j = i + 1; j < restEnd; j++) second.append(fragments.get(j).text());
                    out.add(new Label(t.substring(0, split), i, i + 1));
                    out.add(new Label(second.toString(), restEnd == i + 1 ? i : i + 1, restEnd));
                    i = restEnd;
                    continue;
                }
            }
            if (end < 0) end = variantEnd(fragments, i);
            // A label gkml does not know (an outer header such as 公开属性) is kept when known ones follow it.
            if (end < 0 && !out.isEmpty() && isUnknownLabel(fragments.get(i).text()) && followedByLabels(fragments, i + 1)) end = i + 1;
            if (end < 0) break;
            StringBuilder label = new StringBuilder();
            for (int j = i; j < end; j++) label.append(fragments.get(j).text());
            out.add(new Label(label.toString(), i, end));
            i = end;
        }
        return out;
    }

    /**
     * The end of the longest unseen variant glued from piece {@code i} that takes no piece a known label after it
     * begins with: {@code 信息公开} ⏎ {@code 责任科室} is a variant, and so is it glued on to {@code 公} ⏎ {@code 开}, but
     * those begin {@code 公开方式}. -1 where none.
     */
    private int variantEnd(List<Fragment> fragments, int i) {
        StringBuilder joined = new StringBuilder();
        int best = -1;
        for (int j = i; j < fragments.size() && j < i + MAX_PIECES; j++) {
            if (isVariant(joined.append(fragments.get(j).text()).toString()) && !takesTheNextLabelsStart(fragments, i, j + 1)) best = j + 1;
        }
        return best;
    }

    /** Whether a piece of [from + 1, end) begins a known label that runs on past {@code end}. */
    private boolean takesTheNextLabelsStart(List<Fragment> fragments, int from, int end) {
        for (int k = from + 1; k < end; k++) if (longest(fragments, k, this::isKnownLabel) > end) return true;
        return false;
    }

    /** Where piece {@code i} is two labels run together ({@link RunTogetherLabels}): the first's length, or -1. */
    private int runTogether(List<Fragment> fragments, int i) {
        return RunTogetherLabels.splitAt(fragments.get(i).text(), this::isKnownLabel, rest -> labelEnd(rest, fragments, i + 1) > 0);
    }

    /**
     * Where the longest known label that {@code head} begins, glued to the pieces from {@code from}, ends: {@code from}
     * for {@code head} alone, or the index after its last piece; -1 where it begins none.
     */
    private int labelEnd(String head, List<Fragment> fragments, int from) {
        int end = isKnownLabel(head) ? from : -1;
        StringBuilder joined = new StringBuilder(head);
        for (int j = from; j < fragments.size() && j < from - 1 + MAX_PIECES; j++) {
            if (isKnownLabel(joined.append(fragments.get(j).text()).toString())) end = j + 1;
        }
        return end;
    }

    private boolean isKnownLabel(String text) {
        return known.computeIfAbsent(text, lexicon::isKnownLabel);
    }

    private boolean isVariant(String text) {
        return variant.computeIfAbsent(text, lexicon::isVariant);
    }

    private boolean isUnknownLabel(String text) {
        return text.length() <= MAX_UNKNOWN_LABEL && !text.matches(".*\\d.*");
    }

    private boolean followedByLabels(List<Fragment> fragments, int from) {
        int found = 0;
        int i = from;
        while (i < fragments.size() && found < LABELS_THAT_MAKE_A_HEADER) {
            int end = longest(fragments, i, this::isKnownLabel);
            if (end < 0) return false;
            found++;
            i = end;
        }
        return found >= LABELS_THAT_MAKE_A_HEADER;
    }

    /**
     * Whether the pieces from {@code from} glue into one of {@code labels}: what {@link #labels} must find first
     * for a header that repeats them, told without the lexicon.
     */
    static boolean startsWithOneOf(List<Fragment> fragments, int from, java.util.Set<String> labels) {
        StringBuilder joined = new StringBuilder();
        for (int j = from; j < fragments.size() && j < from + MAX_PIECES; j++) {
            joined.append(fragments.get(j).text());
            if (labels.contains(joined.toString())) return true;
        }
        return false;
    }

    private static int longest(List<Fragment> fragments, int from, java.util.function.Predicate<String> accepts) {
        int end = -1;
        StringBuilder joined = new StringBuilder();
        for (int j = from; j < fragments.size() && j < from + MAX_PIECES; j++) {
            joined.append(fragments.get(j).text());
            if (accepts.test(joined.toString())) end = j + 1;
        }
        return end;
    }

    /** Lays the labels out as leaf columns, left to right. */
    List<Column> columns(List<Label> labels) {
        List<String> top = new ArrayList<>();
        List<String> subs = new ArrayList<>();
        List<String> lowerGroups = new ArrayList<>();
        boolean hasItemGroup = false;
        boolean lowerRow = false;
        for (Label l : labels) {
            lowerRow |= isItemLevel(l.text()) && hasItemGroup;
            if (isItemLevel(l.text()) && hasItemGroup) subs.add(l.text());
            else if (options.fieldOf(l.text()).isPresent()) subs.add(l.text());
            else if (lowerRow) lowerGroups.add(l.text());
            else {
                top.add(l.text());
                hasItemGroup |= isItemGroup(l.text(), labels);
            }
        }
        // Groups printed in a lower header row (公开对象, 公开方式 under 公开属性) sit under the one top label that
        // names no column; with no such label they keep their reading order.
        List<String> unknown = top.stream().filter(t -> field(t).isEmpty() && !isItemGroup(t, labels)).toList();
        if (!lowerGroups.isEmpty() && unknown.size() == 1) {
            int at = top.indexOf(unknown.get(0));
            top.remove(at);
            top.addAll(at, lowerGroups);
        } else {
            top.addAll(lowerGroups);
        }
        List<Column> out = new ArrayList<>();
        List<String> pending = new ArrayList<>(subs);
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (String t : top) {
            boolean repeated = !printed.add(t);
            Optional<Field> f = field(t);
            boolean itemGroup = isItemGroup(t, labels);
            boolean optionGroup = f.isPresent() && pending.stream().anyMatch(s -> options.fieldOf(s).equals(f));
            if (itemGroup || optionGroup) {
                // Orphan sub-labels before this group's own belong to a group whose label was lost: place them here.
                List<String> mine = new ArrayList<>();
                List<String> orphans = new ArrayList<>();
                for (String s : List.copyOf(pending)) {
                    boolean belongs = itemGroup ? isItemLevel(s) : options.fieldOf(s).equals(f);
                    if (belongs) mine.add(s);
                    else if (mine.isEmpty() && !isItemLevel(s) && !hasGroupFor(s, top)) orphans.add(s);
                    else continue;
                    pending.remove(s);
                }
                for (String s : orphans) out.add(leaf(s, null));
                for (String s : mine) out.add(leaf(s, t));
            } else if (repeated && f.isPresent() && !orphanTicks(pending, top).isEmpty()) {
                // A group label printed a second time (公开方式 over 主动 / 依申请, then again over 县级 / 乡级): its
                // first printing took its own options, so the options left without a group of theirs are its.
                for (String s : orphanTicks(pending, top)) {
                    out.add(leaf(s, t));
                    pending.remove(s);
                }
            } else {
                out.add(leaf(t, null));
            }
        }
        for (String s : pending) out.add(leaf(s, null));
        return out;
    }

    /**
     * Whether column {@code c} holds a level with a finer item level right of it (二级事项 beside 三级事项): merged over
     * the finer rows like a 一级事项, printed once for its group.
     */
    static boolean hasFinerLevelRight(List<Column> columns, int c) {
        if (columns.get(c).isTick() || columns.get(c).field() != Field.ITEM || isFinerLevel(columns.get(c).label())) return false;
        for (int k = c + 1; k < columns.size(); k++) if (isFinerLevel(columns.get(k).label())) return true;
        return false;
    }

    /** Option sub-labels not yet placed whose group label the header does not print. */
    private List<String> orphanTicks(List<String> pending, List<String> top) {
        return pending.stream().filter(s -> options.fieldOf(s).isPresent() && !hasGroupFor(s, top)).toList();
    }

    private boolean hasGroupFor(String sub, List<String> top) {
        Optional<Field> f = options.fieldOf(sub);
        return top.stream().anyMatch(t -> field(t).equals(f) && f.isPresent());
    }

    private Column leaf(String label, String parent) {
        // Read like the 二级事项 beside it (what its cells hold); the table keeps its own label.
        if (isFinerLevel(label)) return new Column(label, parent, Field.ITEM, null);
        Optional<Field> option = options.fieldOf(label);
        if (option.isPresent()) {
            return new Column(label, parent, option.get(), options.canonical(option.get(), label).orElse(HeaderLexicon.key(label)));
        }
        return new Column(label, parent, field(label).orElse(null), null);
    }

    private Optional<Field> field(String label) {
        return lexicon.match(label).map(HeaderLexicon.Match::field);
    }

    /** 一级事项 / 二级事项 (and a finer 三级事项): the item-level labels that sit under a 公开事项 group. */
    private boolean isItemLevel(String label) {
        String k = HeaderLexicon.matchKey(label);
        return k.startsWith("一级") || k.startsWith("二级") || isFinerLevel(label);
    }

    /** 三级事项, 四级目录: an item level the schema has no field for; its column is kept (under extra) and holds items. */
    static boolean isFinerLevel(String label) {
        return FINER_LEVEL.matcher(org.gkml.catalog.Simplified.fold(HeaderLexicon.matchKey(label))).matches();
    }

    private static final java.util.regex.Pattern FINER_LEVEL = java.util.regex.Pattern.compile("[三四五六]级\\p{IsHan}{0,2}");

    /** A label over 一级事项 / 二级事项 (公开事项, 事项名称): a category or item label when item-level labels follow. */
    private boolean isItemGroup(String label, List<Label> labels) {
        if (isItemLevel(label)) return false;
        Optional<Field> f = field(label);
        if (f.isEmpty() || (f.get() != Field.ITEM && f.get() != Field.CATEGORY)) return false;
        return labels.stream().filter(l -> isItemLevel(l.text())).count() >= LABELS_THAT_MAKE_A_HEADER;
    }
}

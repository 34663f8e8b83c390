package org.gkml.report.coverage;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The content words of an item's name, as mappings/item-words.tsv says to read them: the folded name with its
 * shorthand written out (预决算 → 预算决算), segmented by HanLP, function words and generic words (信息, 公开)
 * dropped, in the order written, so the last one is the name's head (部门预算 is a 预算).
 */
public final class ItemWords {

    /** the word catalogs write for those a service went to (资助对象, 补贴对象名单) */
    static final String RECIPIENTS = "对象";

    /** marks between the items a name lists (迁出、迁入登记) */
    private static final java.util.regex.Pattern LIST_MARKS = java.util.regex.Pattern.compile("[、,;/]");

    private final Set<String> generic = new HashSet<>();
    private final Set<String> form = new HashSet<>();
    private final Set<String> lists = new HashSet<>();
    private final Set<String> apart = new HashSet<>();
    private final Set<String> aspects = new HashSet<>();
    /** words of a kind of document, plan, result, fund or channel any field has (政策, 计划, 资金, 举报) */
    private final Set<String> context = new HashSet<>();
    /** words of the laws and rules a field follows (法律, 法规): context words in a name that lists them beside others */
    private final Set<String> law = new HashSet<>();
    /** a word → the word it is read as (招生 and 录取 name one step of enrolment: 招生结果 = 录取结果) */
    private final Map<String, String> alike = new HashMap<>();
    /** word → the words naming its sibling items (预算 → 决算): a name saying both names two items */
    private final Map<String, Set<String>> siblings = new HashMap<>();
    /** the rows of siblings, each whole (预算, 决算) */
    private final List<Set<String>> siblingRows = new ArrayList<>();
    /** wordings that name one kind among siblings (一般公共 of the four budgets), longest first */
    private final List<String> kinds = new ArrayList<>();
    /** a wording → what it stands for, longest wording first so 预决算 is rewritten before a shorter one inside it */
    private final Map<String, String> same = new LinkedHashMap<>();
    /** every word a row of mappings/item-words.tsv names, whatever its kind: words this project reads on purpose */
    private final Set<String> written = new HashSet<>();
    private final Map<String, Segmented> cache = new ConcurrentHashMap<>();
    private final Map<String, List<List<String>>> conjunctCache = new ConcurrentHashMap<>();
    private final NameShape shape;

    /**
     * A name's content words, which of them HanLP reads as verbs (建设, 养护, 登记): the actions a name names, and
     * how many of them say which item (the rest are form words at the end).
     */
    private record Segmented(List<String> words, Set<String> verbal, int named) {
    }

    /** @param rows the rows of mappings/item-words.tsv: a kind, then words */
    public ItemWords(List<String[]> rows) {
        List<String[]> rewrites = new ArrayList<>();
        List<String> inclusive = new ArrayList<>();
        List<String> wrappers = new ArrayList<>();
        // every word of an alike row, its first too → the first: a bracket restating the word before it is dropped
        Map<String, String> restated = new HashMap<>();
        for (String[] row : rows) {
            String kind = row[0].strip();
            if (!kind.equals("inclusive") && !kind.equals("wrapper")) {
                for (int i = 1; i < row.length; i++) if (!ItemNames.fold(row[i]).isEmpty()) written.add(ItemNames.fold(row[i]));
            }
            switch (kind) {
                case "generic" -> addAll(generic, row);
                case "form" -> addAll(form, row);
                case "list" -> addAll(lists, row);
                case "apart" -> addAll(apart, row);
                case "aspect" -> addAll(aspects, row);
                case "context" -> addAll(context, row);
                case "law" -> addAll(law, row);
                case "alike" -> {
                    for (int i = 2; i < row.length; i++) if (!row[i].isBlank()) alike.put(ItemNames.fold(row[i]), ItemNames.fold(row[1]));
                    for (int i = 1; i < row.length; i++) if (!row[i].isBlank()) restated.put(ItemNames.fold(row[i]), ItemNames.fold(row[1]));
                }
                case "siblings" -> {
                    Set<String> all = new HashSet<>();
                    for (int i = 1; i < row.length; i++) if (!ItemNames.fold(row[i]).isEmpty()) all.add(ItemNames.fold(row[i]));
                    if (all.size() > 1) siblingRows.add(Set.copyOf(all));
                    for (int i = 1; i < row.length; i++) {
                        for (int j = 1; j < row.length; j++) {
                            if (i != j && !row[i].isBlank() && !row[j].isBlank())
                                siblings.computeIfAbsent(ItemNames.fold(row[i]), k -> new HashSet<>()).add(ItemNames.fold(row[j]));
                        }
                    }
                }
                case "kind" -> {
                    for (int i = 1; i < row.length; i++) if (!ItemNames.fold(row[i]).isEmpty()) kinds.add(ItemNames.fold(row[i]));
                }
                case "same" -> {
                    for (int i = 2; i < row.length; i++) if (!row[i].isBlank()) rewrites.add(new String[]{ItemNames.fold(row[i]), ItemNames.fold(row[1])});
                }
                case "inclusive" -> inclusive.addAll(List.of(row).subList(1, row.length));
                case "wrapper" -> wrappers.addAll(List.of(row).subList(1, row.length));
                default -> throw new IllegalArgumentException("item-words.tsv: unknown kind '" + kind
                        + "'; write generic, form, list, apart, aspect, context, law, same, alike, siblings, kind, inclusive or wrapper");
            }
        }
        shape = new NameShape(inclusive, wrappers, restated);
        kinds.sort(Comparator.comparingInt(String::length).reversed());
        rewrites.sort(Comparator.comparingInt((String[] r) -> r[0].length()).reversed());
        for (String[] r : rewrites) same.put(r[0], r[1]);
    }

    private static void addAll(Set<String> set, String[] row) {
        for (int i = 1; i < row.length; i++) if (!row[i].isBlank()) set.add(ItemNames.fold(row[i]));
    }

    /** The name's content words in the order written (a word met twice is kept once, where last met). */
    public List<String> words(String name) {
        return segmented(name).words();
    }

    /**
     * The name's words without the form words it ends in (行政处罚结果 → 行政处罚, 学校名单 → 学校), keeping at least
     * one. A list word is a form word only after a thing (学校名单 is the 学校), not after an action (学生资助名单
     * names who got it); a form word listed beside the rest (招生政策及结果) is a second item, not a form.
     */
    public List<String> named(String name) {
        Segmented s = segmented(name);
        return s.words().subList(0, s.named());
    }

    /**
     * Whether a row of mappings/item-words.tsv names the word (a generic, form, aspect, context, kind or sibling word,
     * a word read alike or written out): how this project reads it is said there, and a general thesaurus does not
     * overrule it (审批 and 审核 are two steps in a catalog, one meaning in 词林).
     */
    public boolean isWritten(String word) {
        return written.contains(word);
    }

    /**
     * The name's content words in the items it lists, one list each (迁出、迁入登记: [迁出], [迁入, 登记]): a name
     * lists items where a list mark (、，；/) or a conjunction (和, 及, 与) stands between content words. A name that
     * lists none is one list.
     */
    public List<List<String>> conjuncts(String name) {
        return conjunctCache.computeIfAbsent(name == null ? "" : name, this::splitConjuncts);
    }

    private List<List<String>> splitConjuncts(String name) {
        String shaped = java.text.Normalizer.normalize(shape.shape(name), java.text.Normalizer.Form.NFKC);
        List<List<String>> out = new ArrayList<>();
        for (String part : LIST_MARKS.split(shaped)) {
            StringBuilder piece = new StringBuilder();
            for (Term t : HanLP.segment(part)) {
                if (t.nature != null && t.nature.toString().startsWith("c")) {
                    addConjunct(out, piece.toString());
                    piece.setLength(0);
                } else piece.append(t.word);
            }
            addConjunct(out, piece.toString());
        }
        return List.copyOf(out);
    }

    private void addConjunct(List<List<String>> out, String piece) {
        List<String> w = words(piece);
        if (!w.isEmpty()) out.add(w);
    }

    /** Whether {@code word}, one of the name's words, is a verb or a verbal noun there. */
    public boolean isVerbal(String name, String word) {
        return segmented(name).verbal().contains(word);
    }

    private Segmented segmented(String name) {
        return cache.computeIfAbsent(folded(name), this::segment);
    }

    /** The name in its shape (see {@link NameShape}), folded. */
    private String folded(String name) {
        return ItemNames.fold(shape.shape(name));
    }

    /** The name folded, without its generic words: what the character likeness compares. */
    public String content(String name) {
        return String.join("", words(name));
    }

    /** The words with a generic word taken off where the rest is a word of {@code other} (see {@link GenericAffix}). */
    public List<String> withoutGeneric(List<String> words, List<String> other) {
        return GenericAffix.without(words, other, generic);
    }

    /**
     * Whether the name says only what of a service is published (办事指南, 申请条件, 审核信息: every word an {@code aspect}
     * or a form word): such a name names an item only with its 一级事项, the service. So does a name that says only a
     * kind of document, plan, result, fund or channel every field has ({@code context} words: 政策文件, 改造计划,
     * 项目资金, 投诉举报): it is the item of the field its 一级事项 shows.
     */
    public boolean aspectOnly(String name) {
        List<String> w = words(name);
        if (w.isEmpty()) return false;
        // laws and rules listed beside a field's documents (法律法规和政策文件) are that field's, not an item in full
        boolean listed = w.stream().anyMatch(law::contains) && conjuncts(name).size() > 1;
        for (String s : w) if (!aspects.contains(s) && !context.contains(s) && !isForm(s) && !(listed && law.contains(s))) return false;
        return true;
    }

    /**
     * The words of a 一级事项 as the service it names: without the aspect words at its end (取水许可审批 is the service
     * 取水许可, and 审批 says what of it), keeping at least one.
     */
    public List<String> service(String category) {
        List<String> w = words(category);
        int n = w.size();
        while (n > 1 && aspects.contains(w.get(n - 1))) n--;
        return w.subList(0, n);
    }

    /** Whether {@code word} is a form word or a list word (see {@link #named}). */
    public boolean isForm(String word) {
        return form.contains(word) || lists.contains(word);
    }

    public boolean isApart(String word) {
        return apart.contains(word);
    }

    /** Whether the two words name sibling items (预算 and 决算), so a name that says both names two items. */
    public boolean areSiblings(String a, String b) {
        return siblings.getOrDefault(a, Set.of()).contains(b);
    }

    /**
     * How many of the words at the end name every one of a row of siblings (…预算、决算: 2), or 0. A name that lists
     * all the siblings of a thing names the whole of it: 三公经费预算、决算 is what 三公经费 says.
     */
    public int allSiblingsAtEnd(List<String> words) {
        for (Set<String> row : siblingRows) {
            int n = row.size();
            if (words.size() > n && row.equals(Set.copyOf(words.subList(words.size() - n, words.size())))) return n;
        }
        return 0;
    }

    /**
     * The kind wordings of mappings/item-words.tsv that the name says (一般公共预算决算 says 一般公共): a name that says a
     * kind the other does not names one of the kinds, not the whole (预算决算 is all four budgets).
     */
    public Set<String> kinds(String name) {
        String folded = writtenOut(folded(name));
        Set<String> out = new HashSet<>();
        for (String k : kinds) {
            if (folded.contains(k)) {
                out.add(k);
                folded = folded.replace(k, "");
            }
        }
        return out;
    }

    /** The folded name with its shorthand written out (预决算 → 预算决算, 低保 → 最低生活保障). */
    private String writtenOut(String folded) {
        String s = folded;
        for (Map.Entry<String, String> r : same.entrySet()) s = s.replace(r.getKey(), r.getValue());
        return s;
    }

    private Segmented segment(String folded) {
        String s = writtenOut(folded);
        List<String> out = new ArrayList<>();
        Set<String> verbal = new HashSet<>();
        if (s.isEmpty()) return new Segmented(List.of(), Set.of(), 0);
        List<Term> terms = FormSuffix.split(HanLP.segment(s), form);
        Set<String> written = new HashSet<>();
        for (Term t : terms) written.add(t.word.strip());
        Set<String> listed = new HashSet<>();
        boolean afterConjunction = false;
        for (Term t : terms) {
            String w = t.word.strip();
            String nature = t.nature == null ? "" : t.nature.toString();
            // conjunctions (和, 及, 与) and punctuation name no item; other parts of speech are kept, as HanLP
            // tags a word it does not know by its pieces (违法用地 reads 违法 用/p 地/uv)
            if (nature.startsWith("c")) {
                afterConjunction = true;
                continue;
            }
            if (w.isEmpty() || nature.startsWith("w") || generic.contains(w)) continue;
            if (afterConjunction) listed.add(w);
            afterConjunction = false;
            // read as its like unless the name says that word too: 政策文件 stays two words, not one general term
            String like = alike.get(w);
            if (like != null && !written.contains(like)) w = like;
            // a word met twice counts where last met: 部门预算及三公经费预算 is still a 预算
            out.remove(w);
            out.add(w);
            if (nature.equals("v") || nature.equals("vn")) verbal.add(w);
        }
        // a list after an action names who it went to (学生资助名单 is the 学生资助对象名单): read as its 对象, the word
        // catalogs write for them, so 学生资助名单 is 资助对象名单 with 学生 in front, and still not 学生资助
        int n = out.size();
        if (n > 1 && lists.contains(out.get(n - 1)) && verbal.contains(out.get(n - 2)) && !out.contains(RECIPIENTS)) out.set(n - 1, RECIPIENTS);
        int named = out.size();
        while (named > 1) {
            String last = out.get(named - 1);
            boolean isForm = form.contains(last) || lists.contains(last) && !verbal.contains(out.get(named - 2));
            if (!isForm || listed.contains(last)) break;
            named--;
        }
        return new Segmented(List.copyOf(out), Set.copyOf(verbal), named);
    }
}

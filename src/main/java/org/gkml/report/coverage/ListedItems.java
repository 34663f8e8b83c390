package org.gkml.report.coverage;

import java.util.List;

/**
 * A name that lists two items (迁出、迁入登记, 行政许可和行政处罚信息, 规章、规范性文件) beside a name of one of them
 * (迁入登记, 行政处罚信息, 规范性文件): the list names more than the one, so the two are not one item, however many
 * words they share. Not when every listed part ends in the same word (部门预算及“三公”经费预算: a 预算 and a part of
 * it, still the 部门预算), nor when the shorter name says words of two parts (建议提案办理结果 beside
 * 人大代表建议、政协提案办理结果: both again).
 */
final class ListedItems {

    private ListedItems() {
    }

    /** Whether one of the names lists items and the other names one of them alone. */
    static boolean oneOfTheListed(ItemWords words, String a, String b) {
        List<List<String>> x = words.conjuncts(a);
        List<List<String>> y = words.conjuncts(b);
        if (x.size() > 1 && y.size() <= 1) return oneOf(x, words.named(b));
        if (y.size() > 1 && x.size() <= 1) return oneOf(y, words.named(a));
        return false;
    }

    /**
     * Whether {@code shorter} is one part of the list: all its words are in one part, with the word that part opens
     * with, and another part says a word it does not.
     */
    static boolean oneOf(List<List<String>> parts, List<String> shorter) {
        if (shorter.isEmpty()) return false;
        String head = parts.get(0).get(parts.get(0).size() - 1);
        boolean sameHead = true;
        for (List<String> p : parts) sameHead &= p.get(p.size() - 1).equals(head);
        if (sameHead) return false;
        for (int i = 0; i < parts.size(); i++) {
            List<String> p = parts.get(i);
            if (!p.containsAll(shorter) || !shorter.contains(p.get(0))) continue;
            for (int j = 0; j < parts.size(); j++) {
                if (j == i) continue;
                for (String w : parts.get(j)) if (!shorter.contains(w)) return true;
            }
        }
        return false;
    }
}

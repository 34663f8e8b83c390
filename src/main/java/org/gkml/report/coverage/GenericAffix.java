package org.gkml.report.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A word that HanLP reads as one but that is a generic word and a word the other name says (工作报告 in 审计工作报告,
 * where 审计报告 is read 审计 报告): the generic part is dropped, as it is where HanLP reads it apart, so the two are
 * one item. Only a generic word of two or more characters is taken off, and only when what is left is a word of the
 * other name: 工作总结 stays one specific word beside 年度工作总结.
 */
final class GenericAffix {

    private GenericAffix() {
    }

    /** The words, each without a generic word in front or at its end where what is left is a word of {@code other}. */
    static List<String> without(List<String> words, Collection<String> other, Set<String> generic) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            String rest = w;
            if (!other.contains(w)) {
                for (String g : generic) {
                    if (g.length() < 2 || w.length() < g.length() + 2) continue;
                    String r = w.startsWith(g) ? w.substring(g.length()) : w.endsWith(g) ? w.substring(0, w.length() - g.length()) : null;
                    if (r != null && other.contains(r) && !words.contains(r)) {
                        rest = r;
                        break;
                    }
                }
            }
            out.add(rest);
        }
        return out;
    }
}

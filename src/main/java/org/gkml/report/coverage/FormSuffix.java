package org.gkml.report.coverage;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A word that HanLP reads as one but that ends in a form word (检查结果 in 日常监督检查结果, 审批结果): it is read as two,
 * the thing and the form word, as HanLP reads 行政处罚 结果, so the form word is left out at the end of the name like any
 * other (日常监督检查结果 is 日常监督检查). Only where two characters or more are left in front: 后果 and 效果 stay words.
 */
final class FormSuffix {

    private FormSuffix() {
    }

    /** The terms, each ending in a form word (and longer than it by two characters or more) taken apart. */
    static List<Term> split(List<Term> terms, Set<String> form) {
        List<Term> out = new ArrayList<>(terms.size() + 2);
        for (Term t : terms) {
            String w = t.word;
            String f = formAtEnd(w, form);
            if (f == null) {
                out.add(t);
                continue;
            }
            out.add(new Term(w.substring(0, w.length() - f.length()), t.nature));
            out.add(new Term(f, Nature.n));
        }
        return out;
    }

    /** The longest form word the word ends in with two or more characters before it, or null. */
    static String formAtEnd(String word, Set<String> form) {
        String best = null;
        for (String f : form) {
            if (f.length() >= 2 && word.length() >= f.length() + 2 && word.endsWith(f) && (best == null || f.length() > best.length())) best = f;
        }
        return best;
    }
}

package org.gkml.catalog;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Whether a line break falls inside a word, the sign that a column wrapped one text rather than parting two:
 * HanLP reads a word across "个工作日" ⏎ "内" (日内) and "省医保局办" ⏎ "公室" (办公室). Used by the PDF-flow
 * reader to rebuild cells and by the list-cell readers to tell a wrap from a separator.
 */
public final class WordBreaks {

    private static final int CONTEXT = 3;
    /**
     * The answer for each pair of ends met so far: a catalog asks about the same breaks row after row (a channel
     * cell, a unit name repeated down a column), and segmenting is the cost. Bounded: it starts again when full.
     */
    private static final BoundedMemo<Ends, Boolean> KNOWN = new BoundedMemo<>(8192, e -> segmentSpans(e.before(), e.after()));

    private WordBreaks() {
    }

    /** The characters either side of a break that decide it. */
    private record Ends(String before, String after) {
    }

    public static boolean spansBreak(String before, String after) {
        String a = before.length() <= CONTEXT ? before : before.substring(before.length() - CONTEXT);
        String b = after.length() <= CONTEXT ? after : after.substring(0, CONTEXT);
        if (a.isEmpty() || b.isEmpty() || !isHan(a.charAt(a.length() - 1)) || !isHan(b.charAt(0))) return false;
        return KNOWN.get(new Ends(a, b));
    }

    private static boolean segmentSpans(String a, String b) {
        int at = 0;
        for (Term t : HanLP.segment(Simplified.fold(a + b))) {   // the dictionary is simplified; the fold keeps lengths
            int end = at + t.word.length();
            if (at < a.length() && end > a.length() && t.word.length() >= 2) return true;
            at = end;
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}

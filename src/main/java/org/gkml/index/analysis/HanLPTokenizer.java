package org.gkml.index.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

/**
 * Words from HanLP's segmenter. The whole field is read before segmenting (a segmenter needs the context, and a
 * fixed buffer would cut words at its edge); offsets point into the original text. Tokens without a letter or
 * digit (punctuation, spaces) are dropped. Lucene gives each thread its own tokenizer instance, and each
 * instance has its own segmenter, so no segmenter is shared between threads.
 */
public final class HanLPTokenizer extends Tokenizer {

    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final Segment segment = HanLP.newSegment().enableOffset(true);
    private final StringBuilder text = new StringBuilder();
    private final char[] buffer = new char[4096];
    private Iterator<Term> terms = List.<Term>of().iterator();
    private int finalOffset;

    /**
     * Starts loading HanLP's dictionaries on a daemon thread and returns at once. The first segmentation loads
     * them (about a second of a command-line search's start-up); a command that knows it will segment calls this
     * first, so the load overlaps the rest of its start-up (mapping files, opening the index) on another core. A
     * thread that segments meanwhile waits for the load (class initialisation), and gets the same words.
     */
    public static void loadDictionariesInBackground() {
        Thread t = new Thread(() -> {
            try {
                HanLP.newSegment().enableOffset(true).seg("政府信息公开目录");
            } catch (RuntimeException | LinkageError e) {
                // the thread that needs the words meets the same failure, and reports it
            }
        }, "gkml-hanlp-load");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public boolean incrementToken() {
        clearAttributes();
        while (terms.hasNext()) {
            Term t = terms.next();
            if (!hasLetterOrDigit(t.word)) continue;
            termAtt.setEmpty().append(t.word);
            offsetAtt.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
            posIncAtt.setPositionIncrement(1);
            return true;
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        text.setLength(0);
        for (int n; (n = input.read(buffer)) != -1; ) text.append(buffer, 0, n);
        finalOffset = correctOffset(text.length());
        terms = text.length() == 0 ? List.<Term>of().iterator() : segment.seg(text.toString()).iterator();
    }

    @Override
    public void end() throws IOException {
        super.end();
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void close() throws IOException {
        super.close();
        terms = List.<Term>of().iterator();
        text.setLength(0);
    }

    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) return true;
        return false;
    }
}

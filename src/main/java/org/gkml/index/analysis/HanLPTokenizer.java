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

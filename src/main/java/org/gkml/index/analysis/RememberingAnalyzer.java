package org.gkml.index.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Another analyzer's tokens, remembered per text and replayed when the same text comes again. Catalogs repeat
 * their cells heavily (the same 公开依据, 公开渠道, 责任部门 and the catalog's agency and region on every row, and
 * across the counties of a province), and segmenting a text with HanLP costs far more than replaying its words.
 * What is replayed is what indexing reads: each token's text, position increment and offsets, and the final
 * offset and position increment; so an index written through this analyzer equals one written through the
 * analyzer it wraps. The texts kept are the most recently used ones, within a budget of bytes; the analyzer is
 * thread-safe like every Lucene analyzer (the memory is shared by all threads, each thread has its own tokenizer).
 * For indexing only: a searcher analyses few texts, each once.
 */
public final class RememberingAnalyzer extends Analyzer {

    /** Texts longer than this are analysed every time: a long text is seldom repeated exactly. */
    static final int LONGEST_TEXT = 4096;

    private final Analyzer analyzer;
    private final Memory memory;

    /**
     * @param analyzer the analysis to remember; it must not depend on the field name (every field's texts share
     *                 one memory)
     * @param budget   about how many bytes of heap the remembered tokens may take
     */
    public RememberingAnalyzer(Analyzer analyzer, long budget) {
        super(GLOBAL_REUSE_STRATEGY);
        if (budget <= 0) throw new IllegalArgumentException("the memory's budget must be positive: " + budget);
        this.analyzer = analyzer;
        this.memory = new Memory(budget);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Replay replay = new Replay();
        return new TokenStreamComponents(replay);
    }

    @Override
    public void close() {
        super.close();
        analyzer.close();
    }

    /** How many texts were replayed and how many analysed, for tests and benchmarks. */
    public long[] hitsAndMisses() {
        synchronized (memory) {
            return new long[]{memory.hits, memory.misses};
        }
    }

    /** One text's tokens as indexing reads them, packed into arrays. */
    record Tokens(char[] chars, int[] ends, int[] positionIncrements, int[] startOffsets, int[] endOffsets,
                  int finalOffset, int finalPositionIncrement) {

        static Tokens of(TokenStream ts) throws IOException {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute posInc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            StringBuilder chars = new StringBuilder();
            int n = 0;
            int[] ends = new int[16], incs = new int[16], starts = new int[16], endOffs = new int[16];
            ts.reset();
            while (ts.incrementToken()) {
                if (n == ends.length) {
                    ends = Arrays.copyOf(ends, n * 2);
                    incs = Arrays.copyOf(incs, n * 2);
                    starts = Arrays.copyOf(starts, n * 2);
                    endOffs = Arrays.copyOf(endOffs, n * 2);
                }
                chars.append(term.buffer(), 0, term.length());
                ends[n] = chars.length();
                incs[n] = posInc.getPositionIncrement();
                starts[n] = offset.startOffset();
                endOffs[n] = offset.endOffset();
                n++;
            }
            ts.end();
            Tokens t = new Tokens(chars.toString().toCharArray(), Arrays.copyOf(ends, n), Arrays.copyOf(incs, n),
                    Arrays.copyOf(starts, n), Arrays.copyOf(endOffs, n), offset.endOffset(), posInc.getPositionIncrement());
            ts.close();
            return t;
        }

        int size() {
            return ends.length;
        }

        /** About what the tokens take on the heap, with the text they were made from. */
        long bytes(String text) {
            return 2L * chars.length + 16L * ends.length + 2L * text.length() + 200;
        }
    }

    /** The most recently used texts' tokens, within a byte budget. */
    private static final class Memory {
        private final long budget;
        private final LinkedHashMap<String, Tokens> byText = new LinkedHashMap<>(1024, 0.75f, true);
        private long bytes;
        private long hits, misses;

        Memory(long budget) {
            this.budget = budget;
        }

        synchronized Tokens get(String text) {
            Tokens t = byText.get(text);
            if (t != null) hits++;
            else misses++;
            return t;
        }

        synchronized void put(String text, Tokens tokens) {
            Tokens old = byText.put(text, tokens);
            if (old != null) bytes -= old.bytes(text);
            bytes += tokens.bytes(text);
            var it = byText.entrySet().iterator();
            while (bytes > budget && it.hasNext()) {
                Map.Entry<String, Tokens> eldest = it.next();
                bytes -= eldest.getValue().bytes(eldest.getKey());
                it.remove();
            }
        }
    }

    /** Reads the whole text, then gives the remembered tokens (analysing the text first if they are not). */
    private final class Replay extends Tokenizer {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final StringBuilder text = new StringBuilder();
        private final char[] buffer = new char[1024];
        private Tokens tokens;
        private int next;

        @Override
        public boolean incrementToken() {
            if (tokens == null) throw new IllegalStateException("reset() was not called before incrementToken()");
            if (next >= tokens.size()) return false;
            clearAttributes();
            int from = next == 0 ? 0 : tokens.ends()[next - 1];
            term.copyBuffer(tokens.chars(), from, tokens.ends()[next] - from);
            posInc.setPositionIncrement(tokens.positionIncrements()[next]);
            // remembered against the text as read; an outer char filter (none when indexing) maps them back
            offset.setOffset(correctOffset(tokens.startOffsets()[next]), correctOffset(tokens.endOffsets()[next]));
            next++;
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            text.setLength(0);
            for (int n; (n = input.read(buffer)) != -1; ) text.append(buffer, 0, n);
            String s = text.toString();
            next = 0;
            if (s.length() > LONGEST_TEXT) {
                tokens = analyse(s);
                return;
            }
            tokens = memory.get(s);
            if (tokens == null) {
                tokens = analyse(s);
                memory.put(s, tokens);
            }
        }

        private Tokens analyse(String s) {
            // the wrapped analyzer keeps its own per-thread components, apart from this one's
            try {
                return Tokens.of(analyzer.tokenStream("", s));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot analyse a text of " + s.length() + " characters", e);
            }
        }

        @Override
        public void end() throws IOException {
            super.end();
            if (tokens == null) return;
            int last = correctOffset(tokens.finalOffset());
            offset.setOffset(last, last);
            posInc.setPositionIncrement(tokens.finalPositionIncrement());
        }

        @Override
        public void close() throws IOException {
            super.close();
            next = Integer.MAX_VALUE; // nothing more until the next reset()
            text.setLength(0);
        }
    }
}

package org.gkml.index.analysis;

import org.apache.lucene.analysis.CharFilter;
import org.gkml.catalog.Simplified;

import java.io.IOException;
import java.io.Reader;

/**
 * Traditional characters read as simplified ones before tokenising, on the index and the query side alike: a
 * catalog a portal served in traditional characters (異地就醫) is found by the analyst's simplified query
 * (异地就医), and the reverse. The fold maps one character to one ({@link Simplified#fold(char)}), so offsets
 * into the stored text, which stays as printed, need no correction.
 */
final class SimplifiedCharFilter extends CharFilter {

    private SimplifiedCharFilter(Reader in) {
        super(in);
    }

    static Reader folded(Reader in) {
        return new SimplifiedCharFilter(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = input.read(buf, off, len);
        for (int i = off; i < off + Math.max(n, 0); i++) buf[i] = Simplified.fold(buf[i]);
        return n;
    }

    @Override
    protected int correct(int currentOff) {
        return currentOff;
    }
}

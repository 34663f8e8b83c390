package org.gkml.index.analysis;

import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import java.io.Reader;
import java.util.regex.Pattern;

/**
 * Characters that print as nothing: zero-width space and joiners, word joiner, byte-order mark, soft hyphen,
 * bidi marks, and control characters. Copied from web pages into catalog cells, they split a word in two for
 * the analyzers (文件&#x200B;名称 would not be found as 文件名称); they are removed before tokenising, on the
 * index and the query side alike. Offsets still point into the stored text, so highlighting is unaffected.
 */
final class InvisibleCharacters {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF\\u00AD\\u202A-\\u202E\\u2066-\\u2069\\p{Cc}&&[^\\t\\n\\r]]");

    private InvisibleCharacters() {
    }

    static Reader removed(Reader in) {
        return new PatternReplaceCharFilter(INVISIBLE, "", in);
    }
}

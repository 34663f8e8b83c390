package org.gkml.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.Optional;

/**
 * Turns the bytes of a text catalog into text. Chinese catalogs arrive as UTF-8 (with or without BOM),
 * GBK / GB18030 and UTF-16. Order of evidence: a byte-order mark; then the NUL-byte pattern of UTF-16
 * without a BOM; then strict UTF-8; then strict GB18030. When the bytes are valid in both UTF-8 and GB18030
 * (short or unlucky files), a frequency test breaks the tie: real Chinese text is made of the 3,755 common
 * characters (GB2312 level 1) far more often than bytes misread in the wrong encoding are.
 */
public final class TextDecoder {

    /**
     * The decoded text and how it was decoded. {@code guessed} is true when the tie-breaker decided;
     * {@code replaced} counts bad byte sequences replaced by U+FFFD (the lenient fallback, normally 0).
     */
    public record DecodedText(String text, Charset charset, boolean guessed, int replaced, int nulsRemoved) {
        DecodedText(String text, Charset charset, boolean guessed) {
            this(text, charset, guessed, 0, 0);
        }

        DecodedText(String text, Charset charset, boolean guessed, int replaced) {
            this(text, charset, guessed, replaced, 0);
        }
    }

    /** Fewer non-ASCII bytes than this are too few for the frequency test; UTF-8 wins the tie. */
    static final int MIN_BYTES_FOR_GUESS = 16;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final BitSet COMMON_CHINESE = commonChinese();
    private static final BitSet COMMON_TRADITIONAL = commonTraditional();
    /** A few stray NUL bytes (a copy or an editor glitch) are dropped; more than 1 in 1,000 bytes means binary. */
    static final int MAX_STRAY_NULS_PER_1000 = 1;

    private TextDecoder() {
    }

    public static DecodedText decode(Path file, byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) throw new UnreadableFileException(file, FileFormat.TEXT.id(), "the file is empty (0 bytes)");
        DecodedText d = decodeBytes(bytes).orElseThrow(() -> notText(file,
                "the bytes are not valid UTF-8, GB18030 or UTF-16 text; if it is a text catalog, save it as UTF-8"));
        if (looksBinary(d.text())) throw notText(file, "it holds binary content (control characters), not text");
        // a byte-order mark is taken off with its encoding's bytes; one that survives (a second mark, or one
        // written in another encoding) is no content either, and is dropped here, the one place that decodes
        if (d.text().startsWith("\uFEFF")) return new DecodedText(d.text().substring(1), d.charset(), d.guessed(), d.replaced(), d.nulsRemoved());
        return d;
    }

    private static UnreadableFileException notText(Path file, String why) {
        return new UnreadableFileException(file, FileFormat.TEXT.id(),
                "not a text file: " + why + ". gkml reads PDF, Word, Excel, HTML and text catalogs");
    }

    /** The decoding, or empty when no supported encoding fits. Does not judge whether the text is binary. */
    static Optional<DecodedText> decodeBytes(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) return strict(b, 3, StandardCharsets.UTF_8);
        if (startsWith(b, 0xFF, 0xFE)) return utf16(b, 2, StandardCharsets.UTF_16LE);
        if (startsWith(b, 0xFE, 0xFF)) return utf16(b, 2, StandardCharsets.UTF_16BE);
        Charset utf16 = utf16ByNulPattern(b);
        if (utf16 != null) return utf16(b, 0, utf16);
        int nuls = countNuls(b);
        if (nuls > 0) {
            if (nuls * 1000L > (long) b.length * MAX_STRAY_NULS_PER_1000 && nuls > 3) return Optional.empty();
            return decodeBytes(withoutNuls(b, nuls)).map(d -> new DecodedText(d.text(), d.charset(), d.guessed(), d.replaced(), nuls));
        }
        Optional<DecodedText> utf8 = strict(b, 0, StandardCharsets.UTF_8);
        Optional<DecodedText> gb = strict(b, 0, GB18030);
        if (utf8.isEmpty() && gb.isPresent() && nonAsciiBytes(b) >= MIN_BYTES_FOR_GUESS) {
            // Big5 (traditional characters) is nearly always valid GB18030 too, read as nonsense; the common
            // characters of each reading tell them apart.
            Optional<DecodedText> big5 = strict(b, 0, BIG5);
            if (big5.isPresent() && commonShare(big5.get().text(), COMMON_TRADITIONAL) > commonChineseShare(gb.get().text()) + 0.2) {
                return Optional.of(new DecodedText(big5.get().text(), BIG5, true));
            }
        }
        if (utf8.isPresent() && gb.isPresent()) {
            if (nonAsciiBytes(b) < MIN_BYTES_FOR_GUESS) return utf8;
            double u = commonChineseShare(utf8.get().text());
            double g = commonChineseShare(gb.get().text());
            // Misread UTF-8 scatters over all of GB18030; misread GB18030 is almost never valid UTF-8.
            DecodedText pick = g > u + 0.2 ? gb.get() : utf8.get();
            return Optional.of(new DecodedText(pick.text(), pick.charset(), true));
        }
        if (utf8.isPresent()) return utf8;
        if (gb.isPresent()) return gb;
        return lenient(b);
    }

    /**
     * A file that is almost UTF-8 or almost GB18030 (a stray byte, a cut-off last character) is still read,
     * with the few bad sequences replaced, when they are at most 1 in 1,000 characters.
     */
    private static Optional<DecodedText> lenient(byte[] b) {
        DecodedText best = null;
        for (Charset cs : new Charset[]{StandardCharsets.UTF_8, GB18030}) {
            String s = new String(b, cs);
            int bad = 0;
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\uFFFD') bad++;
            if (best == null || bad < best.replaced()) best = new DecodedText(s, cs, false, bad);
        }
        return best.replaced() * 1000L <= best.text().length() ? Optional.of(best) : Optional.empty();
    }

    /** UTF-16, with a few unpaired surrogates (a string cut mid-character) replaced rather than refusing the file. */
    private static Optional<DecodedText> utf16(byte[] b, int offset, Charset cs) {
        Optional<DecodedText> strict = strict(b, offset, cs);
        if (strict.isPresent()) return strict;
        String s = new String(b, offset, b.length - offset, cs);
        int bad = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\uFFFD') bad++;
        return bad <= Math.max(3, s.length() / 1000) ? Optional.of(new DecodedText(s, cs, false, bad)) : Optional.empty();
    }

    private static byte[] withoutNuls(byte[] b, int nuls) {
        byte[] out = new byte[b.length - nuls];
        int j = 0;
        for (byte x : b) if (x != 0) out[j++] = x;
        return out;
    }

    /**
     * UTF-16 without a BOM: ASCII characters (digits, tabs, line breaks) have a zero high byte, so NULs sit
     * mostly at odd offsets (little-endian) or at even offsets (big-endian).
     */
    static Charset utf16ByNulPattern(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) return null;
        int even = 0, odd = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) even++;
                else odd++;
            }
        }
        int nuls = even + odd;
        if (nuls < Math.max(2, b.length / 50)) return null;
        // Characters U+xx00 (一 is U+4E00) put a NUL on the other side; they are a small minority.
        if (odd >= nuls * 0.8) return StandardCharsets.UTF_16LE;
        if (even >= nuls * 0.8) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** More than 1 in 200 characters are control characters other than tab, line and page breaks. */
    static boolean looksBinary(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) control++;
        }
        return control > 0 && control * 200L > text.length();
    }

    private static Optional<DecodedText> strict(byte[] b, int offset, Charset cs) {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            return Optional.of(new DecodedText(s, cs, false));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static int countNuls(byte[] b) {
        int n = 0;
        for (byte x : b) if (x == 0) n++;
        return n;
    }

    private static int nonAsciiBytes(byte[] b) {
        int n = 0;
        for (byte x : b) if (x < 0) n++;
        return n;
    }

    /** Share of the non-ASCII characters that are common Chinese characters or Chinese punctuation. */
    static double commonChineseShare(String s) {
        return commonShare(s, COMMON_CHINESE);
    }

    private static double commonShare(String s, BitSet common) {
        int nonAscii = 0, n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if (common.get(c)) n++;
        }
        return nonAscii == 0 ? 0 : (double) n / nonAscii;
    }

    /** Big5 punctuation (0xA140–0xA3BF) and its frequent characters (常用字, 0xA440–0xC67E). */
    private static BitSet commonTraditional() {
        BitSet set = new BitSet(0x10000);
        for (int hi = 0xA1; hi <= 0xC6; hi++) {
            for (int lo = 0x40; lo <= 0xFE; lo++) {
                if (lo > 0x7E && lo < 0xA1) continue;
                String ch = new String(new byte[]{(byte) hi, (byte) lo}, BIG5);
                if (ch.length() == 1 && ch.charAt(0) != '\uFFFD' && ch.charAt(0) >= 0x80) set.set(ch.charAt(0));
            }
        }
        return set;
    }

    /** GB2312 rows 0xA1–0xA3 (punctuation, full-width forms) and 0xB0–0xD7 (level-1 characters). */
    private static BitSet commonChinese() {
        Charset gb2312 = Charset.forName("GB2312");
        BitSet set = new BitSet(0x10000);
        for (int hi = 0xA1; hi <= 0xD7; hi++) {
            if (hi > 0xA3 && hi < 0xB0) continue;
            for (int lo = 0xA1; lo <= 0xFE; lo++) {
                String ch = new String(new byte[]{(byte) hi, (byte) lo}, gb2312);
                if (ch.length() == 1 && ch.charAt(0) != '\uFFFD') set.set(ch.charAt(0));
            }
        }
        return set;
    }
}

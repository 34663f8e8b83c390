package org.gkml.extract.text;

/**
 * A piece of a line of PDF-flow text: the text between runs of spaces. Pieces on one line usually belong
 * to neighbouring cells that share a baseline; a line break usually wraps a cell at its column's width.
 *
 * @param line        1-based line number in the file
 * @param firstOnLine whether the piece starts its line
 */
record Fragment(String text, int line, boolean firstOnLine) {

    /** Display width in full-width characters: CJK and full-width forms count 1, ASCII ½. */
    double width() {
        return width(text);
    }

    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) continue;
            w += c < 0x2E80 && c != '■' && c != '□' && c != '√' && c != '“' && c != '”' ? 0.5 : 1.0;
        }
        return w;
    }
}

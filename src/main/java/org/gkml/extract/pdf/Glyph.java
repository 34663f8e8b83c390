package org.gkml.extract.pdf;

/**
 * One shown glyph in display coordinates (points, origin top-left, y downwards): what {@link PageLayout}
 * takes of a page's text, whichever format drew it.
 *
 * @param text  its Unicode text, a checkbox mapped from a symbol font, or null when the font gives none
 * @param size  the font size on the page, used to tell line gaps and word gaps
 * @param confidence the OCR's confidence in the text (0 to 100) for a glyph read from a picture, NaN for a drawn one
 * @param direction which way the glyph's advance runs (turned text in a Word cell runs up or down)
 */
public record Glyph(double x0, double y0, double x1, double y1, double size, String text, double confidence,
                    WritingDirection direction) {

    public Glyph(double x0, double y0, double x1, double y1, double size, String text) {
        this(x0, y0, x1, y1, size, text, Double.NaN);
    }

    public Glyph(double x0, double y0, double x1, double y1, double size, String text, double confidence) {
        this(x0, y0, x1, y1, size, text, confidence, WritingDirection.RIGHTWARD);
    }

    double centreX() {
        return (x0 + x1) / 2;
    }

    double centreY() {
        return (y0 + y1) / 2;
    }

    boolean isSpace() {
        return text != null && text.isBlank();
    }
}

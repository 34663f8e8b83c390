package org.gkml.extract.ocr;

/**
 * One word Tesseract read, in pixels of the page picture, with the box of its text line (the same for
 * every word of the line, so that a line's words share a baseline however tall their ink is).
 *
 * @param confidence Tesseract's confidence, 0 to 100
 */
public record OcrWord(int left, int top, int right, int bottom, int lineTop, int lineBottom, String text, double confidence) {
}

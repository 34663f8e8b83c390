package org.gkml.extract.ocr;

/** OCR could not run or failed; the message says why in one line (the program missing, its error, a time limit). */
public final class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}

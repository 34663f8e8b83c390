package org.gkml.extract;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns what Office libraries throw on a bad file into one line a user can act on. POI reports corrupt
 * input as assorted runtime exceptions; they all mean "this file cannot be read", never a gkml bug.
 */
public final class OfficeFailures {

    private OfficeFailures() {
    }

    public static UnreadableFileException encrypted(Path file, String format) {
        return new UnreadableFileException(file, format, "the file is password-protected; open it, remove the password "
                + "(File → Info → Protect / Encrypt) and save it again");
    }

    public static UnreadableFileException zipBomb(Path file, String format) {
        return new UnreadableFileException(file, format, "the file would unpack to far more data than a catalog holds "
                + "(over " + ExtractionLimits.megabytes(ExtractionLimits.MAX_ZIP_ENTRY_BYTES) + " in one part or a compression ratio over 100:1); "
                + "refused as a possible zip bomb");
    }

    public static UnreadableFileException damaged(Path file, String format, String what, Throwable cause) {
        if (isZipBomb(cause)) return zipBomb(file, format);
        if (has(cause, EncryptedDocumentException.class)) return encrypted(file, format);
        return new UnreadableFileException(file, format, what + "; get a fresh copy of the file or open it in Word / Excel / WPS "
                + "and save it again", cause);
    }

    /** Anything a POI reader threw while reading the file, as a user-facing reason. */
    public static UnreadableFileException fromPoi(Path file, String format, Throwable cause) {
        if (has(cause, OldFileFormatException.class)) {
            return new UnreadableFileException(file, format, "the file is in a pre-97 Office format (Word 6 / Excel 5 or older); "
                    + "open it in Word / Excel / WPS and save it as DOCX or XLSX", cause);
        }
        return damaged(file, format, "the file is damaged or truncated (the " + (format == null ? "Office" : format.toUpperCase(Locale.ROOT))
                + " structure is broken)", cause);
    }

    private static boolean isZipBomb(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxentrysize")
                    || m.contains("max allowed overall size")) return true;
            if (c.getCause() == c) break;
        }
        return false;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) return true;
            if (c.getCause() == c) break;
        }
        return false;
    }

}

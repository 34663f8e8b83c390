package org.gkml.extract;

import java.nio.file.Path;

/** A file that cannot be read as a catalog: names the file, the format it was taken for, and why. */
public class UnreadableFileException extends Exception {

    private final Path file;
    private final String format;
    private final String reason;

    public UnreadableFileException(Path file, String format, String reason) {
        this(file, format, reason, null);
    }

    public UnreadableFileException(Path file, String format, String reason, Throwable cause) {
        super(file + ": " + reason + (format == null ? "" : " (read as " + format + ")"), cause);
        this.file = file;
        this.format = format;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    public String format() {
        return format;
    }

    public String reason() {
        return reason;
    }
}

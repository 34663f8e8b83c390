package org.gkml.vocabulary;

/**
 * A mapping file that cannot be used: missing, not UTF-8, or a row that does not parse. Names the file and
 * line so that whoever edited it can fix it; raised while the mappings are loaded, before any catalog is read.
 */
public final class MappingsException extends RuntimeException {

    private final String file;
    private final int line;

    /** @param line the 1-based line of the file, or 0 when the fault is the file (or folder) as a whole */
    public MappingsException(String file, int line, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    public MappingsException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}

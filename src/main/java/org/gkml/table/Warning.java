package org.gkml.table;

/**
 * Odd but readable content, or a documented fallback taken: kept on the document, never thrown.
 *
 * @param code    a stable kebab-case identifier a script can filter on, e.g. "missing-seq"
 * @param message what a person reads
 * @param where   the position it concerns, or null for the document as a whole
 */
public record Warning(String code, String message, Provenance where) implements java.io.Serializable {

    @Override
    public String toString() {
        return (where == null ? "" : where + ": ") + message + " [" + code + "]";
    }
}

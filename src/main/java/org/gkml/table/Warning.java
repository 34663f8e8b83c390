package org.gkml.table;

/**
 * Odd but readable content, or a documented fallback taken: kept on the document, never thrown.
 *
 * @param code    what kind of warning; its {@link WarningCode#json() code} is what a script filters on
 * @param message what a person reads
 * @param where   the position it concerns, or null for the document as a whole
 */
public record Warning(WarningCode code, String message, Provenance where) implements java.io.Serializable {

    @Override
    public String toString() {
        return (where == null ? "" : where + ": ") + message + " [" + code.json() + "]";
    }
}

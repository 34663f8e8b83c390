package org.gkml.table;

/** A line of text outside any table: a title, a preamble fact, a note under the table. */
public record TextLine(String text, Provenance source) {
}

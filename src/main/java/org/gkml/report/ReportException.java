package org.gkml.report;

/** A report that cannot be made, with a message for the person who asked (it names the file or folder). */
public final class ReportException extends Exception {

    public ReportException(String message) {
        super(message);
    }
}

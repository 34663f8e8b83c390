package org.gkml.cli;

/**
 * POI, PDFBox and Tika log through Log4j / SLF4J, and no logging backend ships in the jar: without this they
 * print "no provider" notices, and POI a corrupt file's internals, on stderr. A user (or a scheduler reading
 * stderr line by line) gets gkml's own one-line reasons instead. Settings given on the command line win.
 */
final class LibraryLogging {

    private LibraryLogging() {
    }

    static void quiet() {
        setIfAbsent("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        setIfAbsent("slf4j.internal.verbosity", "ERROR");
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.simplelogLevel", "OFF");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}

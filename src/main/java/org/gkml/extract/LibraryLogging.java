package org.gkml.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * POI, PDFBox and Tika log through Log4j / SLF4J, and no logging backend ships in the jar: without this they
 * print "no provider" notices, and POI a corrupt file's internals, on stderr. A user (or a scheduler reading
 * stderr line by line) gets gkml's own one-line reasons instead. Settings given on the command line win.
 */
public final class LibraryLogging {

    /** The system properties that silence the libraries, with the value used when the user set none. */
    private static final Map<String, String> QUIET = Map.of(
            "slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider",
            "slf4j.internal.verbosity", "ERROR",
            "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory",
            "org.apache.logging.log4j.simplelog.level", "OFF",
            "log4j2.simplelogLevel", "OFF");

    private LibraryLogging() {
    }

    /** Sets every quietening property the user has not set. */
    public static void quiet() {
        QUIET.forEach((key, value) -> {
            if (System.getProperty(key) == null) System.setProperty(key, value);
        });
    }

    /** This JVM's logging settings as {@code -D} options, so a child reading process logs the same way. */
    public static List<String> javaOptions() {
        List<String> options = new ArrayList<>();
        for (String key : QUIET.keySet().stream().sorted().toList()) {
            String value = System.getProperty(key);
            if (value != null) options.add("-D" + key + "=" + value);
        }
        return options;
    }
}

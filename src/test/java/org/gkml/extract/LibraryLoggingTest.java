package org.gkml.extract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryLoggingTest {

    private static final String LEVEL = "log4j2.simplelogLevel";
    private final String before = System.getProperty(LEVEL);

    @AfterEach
    void restore() {
        if (before == null) System.clearProperty(LEVEL);
        else System.setProperty(LEVEL, before);
    }

    @Test
    void quietFillsInWhatTheUserDidNotSet() {
        System.clearProperty(LEVEL);
        LibraryLogging.quiet();
        assertEquals("OFF", System.getProperty(LEVEL));
    }

    @Test
    void aSettingFromTheCommandLineWins() {
        System.setProperty(LEVEL, "DEBUG");
        LibraryLogging.quiet();
        assertEquals("DEBUG", System.getProperty(LEVEL));
    }

    @Test
    void aChildProcessIsGivenThisJvmsSettings() {
        System.setProperty(LEVEL, "WARN");
        LibraryLogging.quiet();
        assertTrue(LibraryLogging.javaOptions().contains("-D" + LEVEL + "=WARN"), LibraryLogging.javaOptions().toString());
    }
}

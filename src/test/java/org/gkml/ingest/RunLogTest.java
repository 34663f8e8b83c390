package org.gkml.ingest;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunLogTest {

    @Test
    void aFileNameWithANewlineCannotForgeALogLine() {
        StringWriter w = new StringWriter();
        try (RunLog log = new RunLog(new PrintWriter(w), false)) {
            log.fileFail("/srv/x.txt\n2026-12-02T00:00:00.000Z INFO added /srv/evil.txt: 9 entries\u001b[2J: unreadable: no catalog");
        }
        String out = w.toString();
        assertEquals(1, out.lines().count(), out);
        assertTrue(out.contains("/srv/x.txt\\n2026-12-02"), out);
        assertFalse(out.contains("\u001b"), out);
    }

    @Test
    void manyFilesLinesAreWrittenWithOneFlush() {
        StringWriter w = new StringWriter();
        int[] flushes = {0};
        PrintWriter counting = new PrintWriter(w) {
            @Override
            public void flush() {
                flushes[0]++;
                super.flush();
            }
        };
        try (RunLog log = new RunLog(counting, false)) {
            log.fileInfos(java.util.List.of("unchanged /a", "unchanged /b\nFAIL forged", "unchanged /c"));
            assertEquals(1, flushes[0], "one flush for all three lines (not one per line)");
        }
        String[] lines = w.toString().split("\n");
        assertEquals(3, lines.length, w.toString());
        assertTrue(lines[0].matches("\\d{4}-.*Z INFO unchanged /a"), lines[0]);
        assertTrue(lines[1].endsWith(" INFO unchanged /b\\nFAIL forged"), lines[1]);
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        assertEquals("/srv/目录 2024.txt: 16 entries", RunLog.printable("/srv/目录 2024.txt: 16 entries"));
        assertEquals("a\\tb\\u0007", RunLog.printable("a\tb\u0007"));
    }
}

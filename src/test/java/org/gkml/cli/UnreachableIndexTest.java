package org.gkml.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `serve` and `report` pointed at a SolrCloud collection that cannot be reached: one line saying so, exit 3 (what a
 * scheduler retries), no stack trace. Needs no Solr: the address is a port nothing listens on.
 */
class UnreachableIndexTest {

    @TempDir
    Path tmp;

    /** A Solr URL on a loopback port that was free a moment ago: connections to it are refused. */
    static String deadSolr() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return "http://127.0.0.1:" + s.getLocalPort() + "/solr";
        }
    }

    static void assertOneLine(ExtractCommandTest.Run r, String url) {
        assertEquals(ExitCode.FATAL, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("gkml: cannot read the index in collection catalogs on " + url + ": no Solr node answered"), err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
    }

    @Test
    void serveSaysInOneLineThatTheCollectionCannotBeReached() throws Exception {
        String url = deadSolr();
        ExtractCommandTest.Run r = ExtractCommandTest.run("serve", "--solr", url, "--collection", "catalogs", "--port", "0");
        assertOneLine(r, url);
    }

    @Test
    void reportSaysInOneLineThatTheCollectionCannotBeReached() throws Exception {
        String url = deadSolr();
        ExtractCommandTest.Run r = ExtractCommandTest.run("report", "--solr", url, "--collection", "catalogs", "--out", tmp.resolve("r.xlsx").toString());
        assertEquals(ExitCode.FATAL, r.code(), r.err());
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.startsWith("gkml: cannot read the records of collection catalogs on " + url + ": no Solr node answered"), err);
    }

    @Test
    void withSolrTheDataFolderIsOptionalButMustExistWhenGiven() throws Exception {
        ExtractCommandTest.Run r = ExtractCommandTest.run("serve", "--solr", deadSolr(), "--collection", "catalogs", "--port", "0",
                "--data", tmp.resolve("missing").toString());
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("--data") && r.err().contains("no such folder"), r.err());
        r = ExtractCommandTest.run("report", "--solr", deadSolr(), "--out", tmp.resolve("r.xlsx").toString(), "corpus");
        assertEquals(ExitCode.USAGE, r.code(), r.err());
        assertTrue(r.err().contains("not both"), r.err());
    }
}

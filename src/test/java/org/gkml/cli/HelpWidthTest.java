package org.gkml.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every command's --help keeps its description lines whole: no sentence re-broken after a word or two. */
class HelpWidthTest {

    @ParameterizedTest
    @ValueSource(strings = {"extract", "ingest", "search", "report", "serve", "solr", "reindex"})
    void descriptionLinesAreNotReBroken(String command) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.execute(command, "--help");
        String help = out.toString();
        for (String line : help.split("\n")) {
            // description lines start at the margin (option texts are indented and wrap by design); a re-broken
            // one shows as a short fragment that starts in lower case mid-sentence
            assertTrue(!line.matches("[a-z][a-z ,.()-]{0,20}"), command + ": re-broken line '" + line + "' in\n" + help);
        }
    }
}

package org.gkml.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run of one command builds only that command's model, and it reads and prints as the whole command line's. */
class OneSubcommandTest {

    private static final List<String> ALL = List.of("extract", "ingest", "search", "report", "serve", "solr", "reindex", "help");

    @Test
    void theCommandRunIsFoundPastTheMappingsOptionAndNothingElse() {
        String[][] cases = {
                {"ingest", "ingest", "corpus"},
                {"search", "--mappings", "m", "search", "异地就医"},
                {"report", "--mappings=m", "report", "--out", "r.xlsx"},
                {null, "help", "ingest"},
                {null, "--help"},
                {null, "--version"},
                {null, "nosuch", "ingest"},
                {null, "--mappings", "m"},
                {null},
        };
        for (String[] c : cases) {
            String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertEquals(c[0], Main.commandOf(args), String.join(" ", args));
        }
    }

    @Test
    void eachCommandAloneHasOnlyItselfAndTheSameHelpAsInTheWholeCommandLine() {
        CommandLine whole = Main.commandLine();
        assertEquals(ALL, List.copyOf(whole.getSubcommands().keySet()));
        for (String name : ALL) {
            if (name.equals("help")) continue;
            CommandLine alone = Main.commandLine(new String[]{"--mappings", "m", name, "--help"});
            assertEquals(Set.of(name), alone.getSubcommands().keySet(), name);
            assertEquals(usage(whole.getSubcommands().get(name)), usage(alone.getSubcommands().get(name)), name);
        }
    }

    private static String usage(CommandLine cl) {
        StringWriter out = new StringWriter();
        cl.usage(new PrintWriter(out));
        return out.toString();
    }
}

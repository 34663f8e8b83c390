package org.gkml.cli;

import org.gkml.index.FilterKey;
import org.gkml.index.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --filter and --group-by as the command line reads and documents them; no index needed. */
class SearchFilterOptionsTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "colour=red|unknown filter key 'colour'; known keys: [province, city, county, level, agency, category, channel, "
                    + "audience, disclosure_mode, deadline_days, deadline_unit, publicity_type, source]",
            "province=|--filter wants KEY=VALUE, got 'province='",
            "province|--filter wants KEY=VALUE, got 'province'"})
    void aBadFilterIsAUsageErrorThatSaysWhy(String filter, String message) {
        SearchCommandTest.Run r = SearchCommandTest.run("search", "--data", data.toString(), "年报", "--filter", filter);
        assertEquals(ExitCode.USAGE, r.code());
        assertTrue(r.err().contains(message), r.err());
    }

    @Test
    void theHelpNamesEveryFilterKeyWithItsValuesAndEveryGroupKey() {
        SearchCommandTest.Run r = SearchCommandTest.run("search", "--help");
        assertEquals(0, r.code(), r.err());
        String help = r.out().replaceAll("\\s+", " ");
        assertTrue(help.contains("Keys: " + String.join(", ", FilterKey.names()) + "."), help);
        for (FilterKey k : FilterKey.values()) assertTrue(help.contains(" " + k.key() + " " + k.help()), k + " in " + help);
        List<String> groups = SearchRequest.GROUP_KEYS;
        assertTrue(help.contains("Group hits by " + groups.get(0) + " (or " + String.join(", ", groups.subList(1, groups.size())) + ")."),
                "--group-by names SearchRequest.GROUP_KEYS: " + help);
    }
}

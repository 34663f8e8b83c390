package org.gkml.ingest;

import org.gkml.ingest.IngestPlan.Hashed;
import org.gkml.ingest.SourceTree.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestPlanTest {

    /** "id=hash id=hash" → map. */
    private static Map<String, String> versions(String spec) {
        Map<String, String> m = new LinkedHashMap<>();
        if (spec != null) for (String kv : spec.split(" ")) m.put(kv.split("=")[0], kv.split("=")[1]);
        return m;
    }

    private static List<String> ids(List<Hashed> hs) {
        return hs.stream().map(h -> h.file().id()).toList();
    }

    private static List<String> list(String spec) {
        return spec == null ? List.of() : Arrays.asList(spec.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                      | committed                  | on disk                | failed on disk | unlisted | prune | added   | updated | unchanged | deleted
            first run                   | -                          | /t/a=1 /t/b=2          | -              | -        | true  | /t/a /t/b | -     | -         | -
            unchanged tree              | /t/a=1 /t/b=2              | /t/a=1 /t/b=2          | -              | -        | true  | -       | -       | /t/a /t/b | -
            one changed                 | /t/a=1 /t/b=2              | /t/a=1 /t/b=9          | -              | -        | true  | -       | /t/b    | /t/a      | -
            gone without prune kept     | /t/a=1 /t/b=2              | /t/a=1                 | -              | -        | false | -       | -       | /t/a      | -
            gone with prune deleted     | /t/a=1 /t/b=2              | /t/a=1                 | -              | -        | true  | -       | -       | /t/a      | /t/b
            failed file is not pruned   | /t/a=1 /t/b=2              | /t/a=1                 | /t/b           | -        | true  | -       | -       | /t/a      | -
            other trees are left alone  | /t/a=1 /u/x=5 /tt/y=6      | /t/a=1                 | -              | -        | true  | -       | -       | /t/a      | -
            unlisted folder not pruned  | /t/a=1 /t/sub/c=3 /t/d=4   | /t/a=1                 | -              | /t/sub   | true  | -       | -       | /t/a      | /t/d
            new, changed and gone       | /t/a=1 /t/b=2 /t/c=3       | /t/b=7 /t/c=3 /t/e=8   | -              | -        | true  | /t/e    | /t/b    | /t/c      | /t/a
            """)
    void plansTheDifference(String name, String committed, String onDisk, String failedOnDisk, String unlisted, boolean prune,
                            String added, String updated, String unchanged, String deleted) {
        List<Hashed> hashed = new ArrayList<>();
        Set<String> present = new HashSet<>();
        versions(onDisk).forEach((id, hash) -> {
            hashed.add(new Hashed(new SourceFile(id, Path.of(id), 1), hash));
            present.add(id);
        });
        present.addAll(list(failedOnDisk));
        IngestPlan plan = IngestPlan.of(versions(committed), hashed, present, List.of("/t"), list(unlisted), prune);
        assertEquals(list(added), ids(plan.added()), "added");
        assertEquals(list(updated), ids(plan.updated()), "updated");
        assertEquals(list(unchanged), ids(plan.unchanged()), "unchanged");
        assertEquals(list(deleted), plan.deleted(), "deleted");
    }

    @ParameterizedTest
    @CsvSource({"/t/a,/t,true", "/t,/t,true", "/tt/a,/t,false", "/t/a/b,/t/,true", "/u,/t,false"})
    void underAFolderMeansBelowItsPathNotAPrefixOfTheName(String id, String folder, boolean under) {
        assertEquals(under, IngestPlan.isUnder(id, List.of(folder)));
    }
}

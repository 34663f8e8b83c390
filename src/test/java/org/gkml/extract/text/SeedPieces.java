package org.gkml.extract.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The pieces of the corpus's PDF-flow seeds (000, 001), split as the flow reader splits lines. */
final class SeedPieces {

    private static final Pattern SPACES = Pattern.compile("[ \\t\\f\\u3000\\u00A0]+");

    private SeedPieces() {
    }

    static List<Fragment> all() throws IOException {
        List<Fragment> out = new ArrayList<>();
        for (String seed : List.of("corpus/000_81a0a872453b3846.txt", "corpus/001_d1b07a4c651a3051.txt")) {
            List<String> lines = Files.readAllLines(Path.of(seed));
            for (int i = 0; i < lines.size(); i++) {
                boolean first = true;
                for (String piece : SPACES.split(lines.get(i).strip())) {
                    if (piece.isEmpty()) continue;
                    out.add(new Fragment(piece, i + 1, first));
                    first = false;
                }
            }
        }
        return out;
    }

    /** Each piece's text with the next few pieces': the cells the row solver weighs. */
    static List<String> cells(List<Fragment> pieces, int longest) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int k = i; k < pieces.size() && k < i + longest; k++) out.add(b.append(pieces.get(k).text()).toString());
        }
        return out;
    }
}

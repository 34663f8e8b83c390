package org.gkml.extract.text;

import org.gkml.vocabulary.MappingFiles;
import org.gkml.catalog.Simplified;

import java.util.List;
import java.util.regex.Pattern;

/** Page numbers and the like that a PDF prints on every page (mappings/page-furniture.tsv). */
final class PageFurniture {

    private static final List<Pattern> PATTERNS = MappingFiles.lines("page-furniture.tsv").stream()
            .map(l -> Pattern.compile(l.strip())).toList();

    private PageFurniture() {
    }

    /** Whether a whole line, spaces removed, is page furniture. */
    static boolean matches(String lineWithoutSpaces) {
        String folded = Simplified.fold(lineWithoutSpaces);   // 第1頁 is 第1页
        return PATTERNS.stream().anyMatch(p -> p.matcher(folded).matches());
    }
}

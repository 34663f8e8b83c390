package org.gkml.extract.text;

import org.gkml.vocabulary.MappingFile;
import org.gkml.catalog.Simplified;

import java.util.List;
import java.util.regex.Pattern;

/** Page numbers and the like that a PDF prints on every page (mappings/page-furniture.tsv). */
final class PageFurniture {

    private final List<Pattern> patterns;

    /** @param file page-furniture.tsv: one regex a line, matched against a whole line */
    PageFurniture(MappingFile file) {
        this.patterns = file.rows().stream().map(r -> r.regex(0)).toList();
    }

    /** Whether a whole line, spaces removed, is page furniture. */
    boolean matches(String lineWithoutSpaces) {
        String folded = Simplified.fold(lineWithoutSpaces);   // 第1頁 is 第1页
        return patterns.stream().anyMatch(p -> p.matcher(folded).matches());
    }
}

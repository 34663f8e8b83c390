package org.gkml.extract.text;

import org.gkml.vocabulary.HeaderLexicon;
import org.gkml.vocabulary.Mappings;
import org.gkml.vocabulary.Options;

import java.util.List;

/** What the text readers know of layouts, built once from the run's {@link Mappings} and shared by every file. */
record TextVocabulary(HeaderLexicon headers, Options options, CellBreaks breaks, CellSignals signals, PageFurniture furniture,
                      List<String> footerWords, NoteAfterTicks notes) {

    static TextVocabulary of(Mappings mappings) {
        return new TextVocabulary(mappings.headers(), mappings.options(),
                new CellBreaks(mappings.file("unit-suffixes.tsv").lines(), mappings.checkMarks(), mappings.file("channels.tsv").lines()),
                new CellSignals(mappings.file("cell-signals.tsv"), mappings.file("cell-expectations.tsv")),
                new PageFurniture(mappings.file("page-furniture.tsv")),
                mappings.file("web-chrome.tsv").rows().stream().filter(r -> r.get(0).equals("word")).map(r -> r.get(1)).toList(),
                new NoteAfterTicks(mappings.file("remark-markers.tsv").lines()));
    }
}

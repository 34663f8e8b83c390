package org.gkml.extract.pdf;

import org.gkml.extract.ocr.HeaderLabels;
import org.gkml.extract.ocr.OcrVocabulary;
import org.gkml.vocabulary.MappingFile;
import org.gkml.vocabulary.Mappings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words OCR readings are snapped to, from the mapping data: header labels, option words, channel names and
 * the gazetteer's place names (a 公开主体 or 责任部门 cell, a note naming the county); the header labels with the
 * characters OCR confuses (mappings/ocr-confusables.tsv), for the cells of header rows. Place names the gazetteer
 * never looks up in text (its "skip" rows: 市辖区, 城区 …) are left out: they are placeholders or common words.
 */
final class OcrWords {

    private OcrWords() {
    }

    static OcrVocabulary vocabulary(Mappings mappings) {
        List<String> words = new ArrayList<>();
        for (MappingFile.Row r : mappings.file("headers.tsv").rows()) words.add(r.get(1));
        for (MappingFile.Row r : mappings.file("options.tsv").rows()) {
            words.add(r.get(1));
            words.add(r.get(2));
        }
        for (MappingFile.Row r : mappings.file("channels.tsv").rows()) words.add(r.get(0));
        for (MappingFile.Row r : mappings.file("regions.tsv").rows()) {
            if (r.size() < 5 || !"skip".equals(r.get(4).strip())) words.add(r.get(1));
        }
        Map<String, String> readings = new LinkedHashMap<>();
        for (MappingFile.Row r : mappings.file("ocr-readings.tsv").rows()) readings.put(r.get(0), r.get(1));
        List<String> labels = new ArrayList<>();
        for (MappingFile.Row r : mappings.file("headers.tsv").rows()) labels.add(r.get(1));
        for (MappingFile.Row r : mappings.file("options.tsv").rows()) labels.add(r.get(1));
        List<String[]> confusables = new ArrayList<>();
        for (MappingFile.Row r : mappings.file("ocr-confusables.tsv").rows()) confusables.add(new String[]{r.get(0), r.get(1)});
        return new OcrVocabulary(words, readings, new HeaderLabels(labels, confusables));
    }
}

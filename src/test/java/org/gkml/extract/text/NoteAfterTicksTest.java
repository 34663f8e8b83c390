package org.gkml.extract.text;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A remark the PDF drew after a row's √ marks goes back before them. Each case is a row's lines (one piece a
 * line, "|" between lines, several pieces on a line split by a space) and the pieces' order after reordering.
 */
class NoteAfterTicksTest {

    private static final NoteAfterTicks NOTES = TextVocabulary.of(Mappings.builtIn()).notes();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // the note after the marks goes before them, onto the channel cell
            "政府网站|其他法律服务网|√ √ √ √|注：有关公开信息可推送|网。; 政府网站 其他法律服务网 注：有关公开信息可推送 网。 √ √ √ √",
            // marks of several kinds (√ and a slash) all stay after the note
            "政府网站|√ / √|备注：每季度更新; 政府网站 备注：每季度更新 √ / √",
            // nothing after the marks: unchanged
            "政府网站|其他法律服务网|注：有关公开信息可推送|√ √; 政府网站 其他法律服务网 注：有关公开信息可推送 √ √",
            // text after the marks that opens no remark (a sub-row's item): unchanged
            "政府网站|√ √|人民调解员|政府网站|√; 政府网站 √ √ 人民调解员 政府网站 √",
            // a remark followed by more marks is a sub-row's cell before its own marks: unchanged
            "政府网站|√ √|注：另行公开|√; 政府网站 √ √ 注：另行公开 √",
            // no marks in the row: unchanged
            "政府网站|注：有关公开信息可推送; 政府网站 注：有关公开信息可推送",
            // 注 inside a word, not a marker: unchanged
            "政府网站|√ √|注册登记信息; 政府网站 √ √ 注册登记信息",
    })
    void aRemarkAfterTheMarksGoesBeforeThem(String lines, String expected) {
        List<Fragment> row = new ArrayList<>();
        String[] ls = lines.split("\\|");
        for (int l = 0; l < ls.length; l++) {
            boolean first = true;
            for (String piece : ls[l].split(" ")) {
                row.add(new Fragment(piece, l + 1, first));
                first = false;
            }
        }
        assertEquals(expected.strip(), String.join(" ", NOTES.reorder(row).stream().map(Fragment::text).toList()));
    }
}

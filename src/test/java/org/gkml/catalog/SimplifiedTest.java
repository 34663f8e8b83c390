package org.gkml.catalog;

import com.hankcs.hanlp.HanLP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimplifiedTest {

    @ParameterizedTest
    @CsvSource({
            "序號, 序号",
            "公開內容（要素）, 公开内容（要素）",
            "公開時限, 公开时限",
            "10個工作日內, 10个工作日内",
            "鎮級, 镇级",
            "縣級, 县级",
            "政府網站, 政府网站",
            "銀川市金鳳區醫療保障局, 银川市金凤区医疗保障局",
            "後來, 后来",
            "裡面, 里面",
            "幹部, 干部",
            "所屬「五公開」類型, 所属“五公开”类型"})
    void foldsTraditionalToSimplified(String traditional, String simplified) {
        assertEquals(simplified, Simplified.fold(traditional));
    }

    /** 干, 后, 里 stand for several traditional characters; simplified text must come through as it is. */
    @ParameterizedTest
    @ValueSource(strings = {"干部", "后来", "皇后", "里面", "公里", "公开时限", "20个工作日内", "政府信息公开条例", "1. 政府网站；2. 其他"})
    void leavesSimplifiedTextAlone(String simplified) {
        assertSame(simplified, Simplified.fold(simplified));
    }

    /** Every word the mapping data matches against is simplified already, and so are the corpus catalogs. */
    @ParameterizedTest
    @ValueSource(strings = {"mappings/headers.tsv", "mappings/options.tsv", "mappings/channels.tsv", "mappings/unit-suffixes.tsv",
            "mappings/catalog-names.tsv", "mappings/cell-signals.tsv", "corpus/001_d1b07a4c651a3051.txt", "corpus/003_0c93a4fb907a582b.txt"})
    void mappingDataAndCorpusAreTheirOwnFold(String file) throws Exception {
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        assertEquals(text, Simplified.fold(text));
    }

    /** A position found in the fold is the same position in the text as printed. */
    @Test
    void keepsLengthAndPositions() throws Exception {
        String traditional = HanLP.s2t(Files.readString(Path.of("corpus/001_d1b07a4c651a3051.txt"), StandardCharsets.UTF_8));
        String folded = Simplified.fold(traditional);
        assertEquals(traditional.length(), folded.length());
        int at = folded.indexOf("金凤区医疗保障局");
        assertTrue(at >= 0);
        assertEquals("金鳳區醫療保障局", traditional.substring(at, at + 8));
    }

    /** The fold reads HanLP's table line by line instead of asking HanLP.t2s: for every character it gives what t2s gives. */
    @Test
    void everyCharacterFoldsAsHanLPConvertsIt() {
        int differ = 0;
        StringBuilder examples = new StringBuilder();
        for (int c = 0x3000; c <= Character.MAX_VALUE; c++) {
            if (Character.isSurrogate((char) c)) continue;
            String t2s = HanLP.t2s(String.valueOf((char) c));
            char expected = t2s.length() == 1 ? t2s.charAt(0) : (char) c;
            if (Simplified.fold((char) c) != expected) {
                if (differ++ < 5) examples.append((char) c).append('→').append(Simplified.fold((char) c)).append(" (t2s ").append(t2s).append(") ");
            }
        }
        assertEquals(0, differ, examples.toString());
    }

    /**
     * Folding must not build HanLP's whole phrase converter (an Aho-Corasick automaton over every phrase, most of
     * a second of each process's start-up): seen in a fresh JVM, where nothing else loaded it.
     */
    @Test
    void foldingDoesNotLoadHanLPsPhraseConverter() throws Exception {
        List<String> loaded = FreshJvm.loadedClasses(FoldOnce.class);
        assertTrue(loaded.contains(Simplified.class.getName()), "the fresh JVM ran the fold");
        assertFalse(loaded.contains("com.hankcs.hanlp.dictionary.ts.TraditionalChineseDictionary"), "HanLP's t2s dictionary was loaded");
    }

    /** Run by {@link #foldingDoesNotLoadHanLPsPhraseConverter} in its own JVM. */
    static final class FoldOnce {
        public static void main(String[] args) {
            if (!"银川市金凤区医疗保障局".equals(Simplified.fold("銀川市金鳳區醫療保障局"))) System.exit(1);
        }
    }

    @Test
    void looksUpAKeyAsPrintedByItsSimplifiedForm() {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("填表人", "邱曉潔");
        meta.put("二級事項", 16);
        assertEquals(16, Simplified.get(meta, "二级事项"));
        assertEquals("邱曉潔", Simplified.get(meta, "填表人"));
        assertNull(Simplified.get(meta, "一级事项"));
        assertNull(Simplified.fold((String) null));
    }
}

package org.gkml.index.solr;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.gkml.index.analysis.BigramAnalyzer;
import org.gkml.index.analysis.HanLPAnalyzer;
import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The configset's analysis chains, built the way Solr builds them (factories looked up by their SPI names, with
 * the schema's attributes), give the tokens of the embedded index's analyzers: same terms, offsets and positions.
 * Runs without Solr, so a schema edit that breaks the equivalence fails in every build.
 */
class ConfigsetAnalysisTest {

    static final List<String> TEXTS = List.of(
            "办理基本医疗保险参保人员异地就医备案业务",
            "部门（单位）“三公”经费预算、决算",
            "異地就醫登記備案",                       // traditional, read as simplified
            "文件\u200B名称 ＡＢＣ１２３ abc 2024年",  // a zero-width space, full-width Latin and digits
            "《中华人民共和国政府信息公开条例》（国务院令第711号）");

    static Map<String, byte[]> configset() throws IOException {
        return SolrCollections.configset(Mappings.builtIn());
    }

    /** The fieldType's chain from managed-schema.xml as a Lucene CustomAnalyzer. */
    static Analyzer chain(String fieldType) throws Exception {
        var schema = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(configset().get("managed-schema.xml")));
        NodeList types = schema.getElementsByTagName("fieldType");
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            if (!t.getAttribute("name").equals(fieldType)) continue;
            Element analyzer = (Element) t.getElementsByTagName("analyzer").item(0);
            CustomAnalyzer.Builder b = CustomAnalyzer.builder();
            NodeList parts = analyzer.getChildNodes();
            for (int j = 0; j < parts.getLength(); j++) {
                if (!(parts.item(j) instanceof Element p)) continue;
                Map<String, String> args = new HashMap<>();
                NamedNodeMap attrs = p.getAttributes();
                for (int a = 0; a < attrs.getLength(); a++) args.put(attrs.item(a).getNodeName(), attrs.item(a).getNodeValue());
                String name = args.remove("name");
                switch (p.getTagName()) {
                    case "charFilter" -> b.addCharFilter(name, args);
                    case "tokenizer" -> b.withTokenizer(name, args);
                    case "filter" -> b.addTokenFilter(name, args);
                    default -> throw new AssertionError("unexpected element " + p.getTagName());
                }
            }
            return b.build();
        }
        throw new AssertionError("no fieldType " + fieldType);
    }

    static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset() + "+" + inc.getPositionIncrement());
            ts.end();
        }
        return out;
    }

    @Test
    void theWordFieldsAnalyseAsHanLPAnalyzer() throws Exception {
        try (Analyzer solr = chain("gkml_words"); Analyzer embedded = new HanLPAnalyzer()) {
            for (String t : TEXTS) assertEquals(tokens(embedded, t), tokens(solr, t), t);
            assertTrue(tokens(solr, TEXTS.get(2)).stream().anyMatch(s -> s.startsWith("就医@")), "traditional folded: " + tokens(solr, TEXTS.get(2)));
        }
    }

    @Test
    void theBigramFieldsAnalyseAsBigramAnalyzer() throws Exception {
        try (Analyzer solr = chain("gkml_bigrams"); Analyzer embedded = new BigramAnalyzer()) {
            for (String t : TEXTS) assertEquals(tokens(embedded, t), tokens(solr, t), t);
            assertTrue(tokens(solr, TEXTS.get(3)).stream().anyMatch(s -> s.startsWith("件名@")), "zero-width space removed: " + tokens(solr, TEXTS.get(3)));
        }
    }

    @Test
    void theConfigsetCarriesTheSynonymsInEffect() throws Exception {
        String tsv = new String(configset().get("search-synonyms.tsv"), StandardCharsets.UTF_8);
        assertFalse(tsv.isBlank());
        var synonyms = org.gkml.index.analysis.Synonyms.parse(tsv);
        assertEquals(org.gkml.index.analysis.Synonyms.of(Mappings.builtIn()).variants("三公经费"), synonyms.variants("三公经费"));
        assertTrue(synonyms.variants("三公经费").size() > 1, synonyms.variants("三公经费").toString());
    }
}

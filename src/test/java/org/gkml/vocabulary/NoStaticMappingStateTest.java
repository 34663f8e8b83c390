package org.gkml.vocabulary;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mapping data reaches a class only through its constructor: no static field holds it, nothing reads the
 * mappings/ files but {@link Mappings}, and only the places that choose a run's mappings ask for the built-in ones.
 */
class NoStaticMappingStateTest {

    /** The types that hold mapping data, by simple name: the vocabulary and every stage object built from it. */
    private static final Set<String> HOLDERS = Set.of("Mappings", "MappingFile", "HeaderLexicon", "Options", "CheckMarks",
            "MergedColumns", "TextVocabulary", "CellBreaks", "CellSignals", "PageFurniture", "SymbolGlyphs", "CjkRadicals",
            "CatalogWords", "ChannelNames", "UnitNames", "CellRemark", "WebChrome", "Gazetteer", "Channels", "CatalogTitle",
            "NormalizeVocabulary", "Synonyms", "SourceTree", "CatalogReader", "Extractors", "CatalogMapper", "CatalogNormalizer",
            "TextCatalogReader", "TextFileExtractor", "DocExtractor", "DocxExtractor", "PdfExtractor");

    /** The default holder, as Lucene's DefaultSetHolder: jar data cannot change, so it may be kept once. */
    private static final String SANCTIONED = "org.gkml.vocabulary.Mappings$BuiltIn.MAPPINGS";

    private static final Path SOURCES = Path.of("src/main/java/org/gkml");

    @Test
    void noStaticFieldHoldsMappingData() throws Exception {
        List<String> found = new ArrayList<>();
        for (String name : mainClassNames()) {
            Class<?> c = Class.forName(name, false, getClass().getClassLoader());
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) || f.isSynthetic() || (c.getName() + "." + f.getName()).equals(SANCTIONED)) continue;
                if (mentionsHolder(f.getGenericType())) found.add(c.getName() + "." + f.getName() + " : " + f.getGenericType().getTypeName());
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesAFieldOfAHolderType() throws Exception {
        // the check above must be able to fail: it recognises the default holder it lets pass
        Field f = Class.forName("org.gkml.vocabulary.Mappings$BuiltIn", false, getClass().getClassLoader()).getDeclaredField("MAPPINGS");
        assertTrue(Modifier.isStatic(f.getModifiers()) && mentionsHolder(f.getGenericType()));
        assertTrue(mentionsHolder(Holder.class.getDeclaredField("LIST").getGenericType()));
    }

    private static final class Holder {
        static final List<HeaderLexicon> LIST = List.of();
    }

    @Test
    void onlyMappingsReadsTheMappingFilesAndNoSystemPropertyPointsAtThem() throws IOException {
        Pattern reads = Pattern.compile("\"/?mappings/[\\w-]+\\.tsv\"\\s*\\)|getResource(AsStream)?\\(\"/mappings|MappingFiles|gkml\\.mappings");
        List<String> offenders = new ArrayList<>();
        for (Path p : sources()) {
            if (p.endsWith("vocabulary/Mappings.java")) continue;
            if (reads.matcher(Files.readString(p)).find()) offenders.add(p.toString());
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void onlyTheEntryPointsAskForTheBuiltInMappings() throws IOException {
        Set<String> allowed = Set.of("vocabulary/Mappings.java", "cli/Main.java", "pipeline/Warmup.java", "ingest/ReadWorker.java");
        List<String> offenders = new ArrayList<>();
        for (Path p : sources()) {
            String rel = SOURCES.relativize(p).toString();
            if (!allowed.contains(rel) && Files.readString(p).contains("Mappings.builtIn()")) offenders.add(rel);
        }
        assertEquals(List.of(), offenders);
        assertFalse(sources().isEmpty());
    }

    private static boolean mentionsHolder(Type t) {
        if (t instanceof Class<?> c) {
            Class<?> e = c.isArray() ? c.getComponentType() : c;
            return HOLDERS.contains(e.getSimpleName()) && e.getName().startsWith("org.gkml.");
        }
        if (t instanceof ParameterizedType p) {
            if (mentionsHolder(p.getRawType())) return true;
            for (Type a : p.getActualTypeArguments()) if (mentionsHolder(a)) return true;
        }
        return false;
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> mainClassNames() throws IOException, URISyntaxException {
        Path root = Path.of(Mappings.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> s = Files.walk(root)) {
            List<String> names = s.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "")).sorted().toList();
            assertTrue(names.size() > 100, "found the compiled main classes under " + root);
            return names;
        }
    }
}

package org.gkml.ingest;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTreeTest {

    @TempDir
    Path root;

    @Test
    void listsCatalogFilesSkippingHiddenOtherExtensionsAndTheDataFolder() throws Exception {
        LineCatalogs.write(root.resolve("a.txt"), "x");
        LineCatalogs.write(root.resolve("sub/b.PDF"), "x");
        LineCatalogs.write(root.resolve("sub/.hidden.txt"), "x");
        LineCatalogs.write(root.resolve(".git/c.txt"), "x");
        LineCatalogs.write(root.resolve("README.md"), "x");
        LineCatalogs.write(root.resolve("gkml-data/records.txt"), "x");
        SourceTree.Listing l = SourceTree.of(Mappings.builtIn()).walk(List.of(root), root.resolve("gkml-data"));
        assertEquals(List.of(SourceTree.idOf(root.resolve("a.txt")), SourceTree.idOf(root.resolve("sub/b.PDF"))),
                l.files().stream().map(SourceTree.SourceFile::id).toList());
        assertEquals(1, l.ignored());
        assertEquals(List.of(), l.problems());
    }

    @Test
    void portalPagesAndSavedSingleFilePagesAreWalked() throws Exception {
        for (String name : List.of("a.shtml", "b.jhtml", "c.xhtml", "d.mht", "e.mhtml", "f.tsv")) LineCatalogs.write(root.resolve(name), "x");
        SourceTree.Listing l = SourceTree.of(Mappings.builtIn()).walk(List.of(root), root.resolve("gkml-data"));
        assertEquals(6, l.files().size());
        assertEquals(0, l.ignored());
    }

    @Test
    void aFolderMarkedToBeSkippedIsPassedOverUnlessItIsNamed() throws Exception {
        LineCatalogs.write(root.resolve("a.txt"), "x");
        LineCatalogs.write(root.resolve("scans/b.pdf"), "x");
        LineCatalogs.write(root.resolve("scans/" + SourceTree.SKIP_MARKER), "");
        SourceTree tree = SourceTree.of(Mappings.builtIn());
        assertEquals(List.of(SourceTree.idOf(root.resolve("a.txt"))), tree.walk(List.of(root), null).files().stream().map(SourceTree.SourceFile::id).toList());
        assertEquals(List.of(SourceTree.idOf(root.resolve("scans/b.pdf"))),
                tree.walk(List.of(root.resolve("scans")), null).files().stream().map(SourceTree.SourceFile::id).toList());
    }

    @Test
    void aFileNamedOnTheCommandLineIsTakenWhateverItsExtension() throws Exception {
        Path md = LineCatalogs.write(root.resolve("notes.md"), "x");
        SourceTree.Listing l = SourceTree.of(Mappings.builtIn()).walk(List.of(md, root.resolve(".").resolve("notes.md")), null);
        assertEquals(1, l.files().size(), "the same file given twice is one document");
        assertEquals(SourceTree.idOf(md), l.files().get(0).id());
    }

    @Test
    void loopsAndBrokenLinksAreProblemsAndTheWalkGoesOn() throws Exception {
        LineCatalogs.write(root.resolve("ok.txt"), "x");
        Files.createDirectories(root.resolve("d"));
        Files.createSymbolicLink(root.resolve("d/up"), root);
        Files.createSymbolicLink(root.resolve("self.txt"), root.resolve("self.txt"));
        Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("nowhere.txt"));
        Files.createDirectories(root.resolve("folder.docx"));
        SourceTree.Listing l = SourceTree.of(Mappings.builtIn()).walk(List.of(root), null);
        assertEquals(List.of(SourceTree.idOf(root.resolve("ok.txt"))), l.files().stream().map(SourceTree.SourceFile::id).toList());
        List<String> problems = l.problems().stream().map(RunReport.Failure::file).sorted().toList();
        assertEquals(List.of(SourceTree.idOf(root.resolve("d/up")), SourceTree.idOf(root.resolve("dangling.txt")),
                SourceTree.idOf(root.resolve("self.txt"))), problems);
        assertTrue(l.problems().stream().allMatch(p -> p.kind() == FailureKind.NOT_A_FILE && p.reason().contains("symbolic link")), l.problems().toString());
        assertEquals("folder-named-like-a-file", l.notes().get(0).code());
    }
}

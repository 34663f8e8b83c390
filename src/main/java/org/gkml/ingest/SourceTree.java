package org.gkml.ingest;

import org.gkml.table.WarningCode;
import org.gkml.vocabulary.Mappings;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lists the catalog files under the paths given to ingest. Hidden files and folders are skipped, symbolic
 * links are followed (a loop is reported, not followed forever), and a folder that cannot be listed is
 * reported without stopping the walk. Inside folders only catalog extensions ({@code mappings/ingest-extensions.tsv})
 * are taken; a file named on the command line is always taken.
 */
public final class SourceTree {

    /** One file to ingest: its id (normalised absolute path) and its size in bytes. */
    public record SourceFile(String id, Path path, long size) {
    }

    /**
     * What the walk found.
     *
     * @param files     regular files to ingest, sorted by id
     * @param problems  things met that are not readable files (broken or looping links, special files, …)
     * @param notes     odd but harmless findings (a folder named like a catalog file), as warnings
     * @param unlisted  folders that could not be listed: documents under them must not be pruned
     * @param ignored   files in folders skipped for their extension
     */
    public record Listing(List<SourceFile> files, List<RunReport.Failure> problems, List<RunReport.FileWarning> notes,
                          List<String> unlisted, int ignored) {
    }

    private final Set<String> extensions;

    private SourceTree(Set<String> extensions) {
        this.extensions = extensions;
    }

    /** Walks for the extensions of ingest-extensions.tsv (extension, format). */
    public static SourceTree of(Mappings mappings) {
        return new SourceTree(mappings.file("ingest-extensions.tsv").rows().stream()
                .map(r -> r.get(0).strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
    }

    /**
     * A folder holding a file of this name is not walked into from above; named itself, it is read. For a folder of
     * catalogs that a routine run should pass over: corpus/scans/, whose OCR takes seconds a page and the tesseract program.
     */
    public static final String SKIP_MARKER = ".gkml-skip";

    /** The id of a path: absolute and normalised, so the same file given two ways is one document. */
    public static String idOf(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    public boolean hasCatalogExtension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * @param roots   files or folders; each must exist (checked by the caller: a missing root is fatal)
     * @param exclude a folder never walked into (the data folder, when it lies inside a root), or null
     */
    public Listing walk(List<Path> roots, Path exclude) throws IOException {
        Walk walk = new Walk(exclude == null ? null : idOf(exclude));
        for (Path root : roots) {
            Path absRoot = Path.of(idOf(root));
            if (Files.isDirectory(absRoot)) {
                walk.folder(absRoot);
            } else {
                // Named on the command line: always read, whatever it is; the reader reports what is wrong.
                walk.namedFile(absRoot);
            }
        }
        return walk.listing();
    }

    /** One walk over the roots: what it has found so far. */
    private final class Walk extends SimpleFileVisitor<Path> {

        private final String excluded;
        private final TreeSet<String> seen = new TreeSet<>();
        private final List<SourceFile> files = new ArrayList<>();
        private final List<RunReport.Failure> problems = new ArrayList<>();
        private final List<RunReport.FileWarning> notes = new ArrayList<>();
        private final List<String> unlisted = new ArrayList<>();
        private int ignored;
        private Path root;   // the folder being walked: never skipped, nor noted for its name

        Walk(String excluded) {
            this.excluded = excluded;
        }

        void folder(Path absRoot) throws IOException {
            root = absRoot;
            Files.walkFileTree(absRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, this);
        }

        void namedFile(Path file) {
            try {
                BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
                if (!attrs.isRegularFile()) {
                    notAFile(file, "not a regular file (a device, pipe or socket)");
                } else if (seen.add(idOf(file))) {
                    files.add(new SourceFile(idOf(file), file, attrs.size()));
                }
            } catch (IOException e) {
                problems.add(new RunReport.Failure(idOf(file), FailureKind.IO, "cannot look at the file: " + reason(e)));
            }
        }

        Listing listing() {
            files.sort(java.util.Comparator.comparing(SourceFile::id));
            return new Listing(List.copyOf(files), List.copyOf(problems), List.copyOf(notes), List.copyOf(unlisted), ignored);
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            if (dir.equals(root)) return FileVisitResult.CONTINUE;
            if (isHidden(dir) || idOf(dir).equals(excluded) || Files.exists(dir.resolve(SKIP_MARKER))) return FileVisitResult.SKIP_SUBTREE;
            if (hasCatalogExtension(dir)) {
                notes.add(new RunReport.FileWarning(idOf(dir), WarningCode.FOLDER_NAMED_LIKE_A_FILE.json(),
                        "a folder named like a catalog file; walked as a folder"));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (isHidden(file)) return FileVisitResult.CONTINUE;
            if (!hasCatalogExtension(file)) {
                ignored++;
            } else if (attrs.isRegularFile()) {
                if (seen.add(idOf(file))) files.add(new SourceFile(idOf(file), file, attrs.size()));
            } else if (attrs.isSymbolicLink()) {
                // The walk hands over the link itself when its target cannot be reached.
                notAFile(file, "a symbolic link that leads nowhere or into a loop");
            } else {
                notAFile(file, "not a regular file (a device, pipe or socket)");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (isHidden(file)) return FileVisitResult.CONTINUE;
            if (e instanceof FileSystemLoopException) {
                notAFile(file, "a symbolic link loop (the link leads back into a folder above it)");
            } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                danglingLink(file);
            } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                unlistable(file, "cannot list the folder: " + reason(e));
            } else {
                problems.add(new RunReport.Failure(idOf(file), FailureKind.IO, "cannot look at the file: " + reason(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            // The listing broke off part-way: what was listed stands, the rest must not be pruned.
            if (e != null) unlistable(dir, "the folder listing failed: " + reason(e));
            return FileVisitResult.CONTINUE;
        }

        /** A link that leads nowhere counts as a failed catalog only when it is named like one. */
        private void danglingLink(Path file) {
            if (hasCatalogExtension(file)) notAFile(file, "a symbolic link that leads nowhere or into a loop");
            else ignored++;
        }

        private void notAFile(Path file, String reason) {
            problems.add(new RunReport.Failure(idOf(file), FailureKind.NOT_A_FILE, reason));
        }

        private void unlistable(Path dir, String reason) {
            unlisted.add(idOf(dir));
            problems.add(new RunReport.Failure(idOf(dir), FailureKind.UNLISTABLE, reason));
        }
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        String m = e.getMessage();
        // NIO messages often repeat the path first; the report already names the file.
        if (m != null && e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}

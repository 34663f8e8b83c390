package org.gkml.ingest;

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
        String excluded = exclude == null ? null : idOf(exclude);
        TreeSet<String> seen = new TreeSet<>();
        List<SourceFile> files = new ArrayList<>();
        List<RunReport.Failure> problems = new ArrayList<>();
        List<RunReport.FileWarning> notes = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        int[] ignored = {0};
        for (Path root : roots) {
            Path absRoot = Path.of(idOf(root));
            if (!Files.isDirectory(absRoot)) {
                // Named on the command line: always read, whatever it is; the reader reports what is wrong.
                addFile(absRoot, seen, files, problems);
                continue;
            }
            Files.walkFileTree(absRoot, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(absRoot) && (isHidden(dir) || idOf(dir).equals(excluded))) return FileVisitResult.SKIP_SUBTREE;
                    if (!dir.equals(absRoot) && hasCatalogExtension(dir)) {
                        notes.add(new RunReport.FileWarning(idOf(dir), "folder-named-like-a-file",
                                "a folder named like a catalog file; walked as a folder"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) return FileVisitResult.CONTINUE;
                    if (!hasCatalogExtension(file)) {
                        ignored[0]++;
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        if (seen.add(idOf(file))) files.add(new SourceFile(idOf(file), file, attrs.size()));
                    } else if (attrs.isSymbolicLink()) {
                        // The walk hands over the link itself when its target cannot be reached.
                        problems.add(new RunReport.Failure(idOf(file), FailureKind.NOT_A_FILE, "a symbolic link that leads nowhere or into a loop"));
                    } else {
                        problems.add(new RunReport.Failure(idOf(file), FailureKind.NOT_A_FILE, "not a regular file (a device, pipe or socket)"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (isHidden(file)) return FileVisitResult.CONTINUE;
                    if (e instanceof FileSystemLoopException) {
                        problems.add(new RunReport.Failure(idOf(file), FailureKind.NOT_A_FILE, "a symbolic link loop (the link leads back into a folder above it)"));
                    } else if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                        if (!hasCatalogExtension(file)) {
                            ignored[0]++;
                            return FileVisitResult.CONTINUE;
                        }
                        problems.add(new RunReport.Failure(idOf(file), FailureKind.NOT_A_FILE, "a symbolic link that leads nowhere or into a loop"));
                    } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                        unlisted.add(idOf(file));
                        problems.add(new RunReport.Failure(idOf(file), FailureKind.UNLISTABLE, "cannot list the folder: " + reason(e)));
                    } else {
                        problems.add(new RunReport.Failure(idOf(file), FailureKind.IO, "cannot look at the file: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        // The listing broke off part-way: what was listed stands, the rest must not be pruned.
                        unlisted.add(idOf(dir));
                        problems.add(new RunReport.Failure(idOf(dir), FailureKind.UNLISTABLE, "the folder listing failed: " + reason(e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        files.sort(java.util.Comparator.comparing(SourceFile::id));
        return new Listing(List.copyOf(files), List.copyOf(problems), List.copyOf(notes), List.copyOf(unlisted), ignored[0]);
    }

    private static void addFile(Path file, TreeSet<String> seen, List<SourceFile> files, List<RunReport.Failure> problems) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attrs.isRegularFile()) {
                problems.add(new RunReport.Failure(idOf(file), FailureKind.NOT_A_FILE, "not a regular file (a device, pipe or socket)"));
            } else if (seen.add(idOf(file))) {
                files.add(new SourceFile(idOf(file), file, attrs.size()));
            }
        } catch (IOException e) {
            problems.add(new RunReport.Failure(idOf(file), FailureKind.IO, "cannot look at the file: " + reason(e)));
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

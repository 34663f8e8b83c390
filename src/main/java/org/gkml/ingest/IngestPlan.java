package org.gkml.ingest;

import org.gkml.ingest.SourceTree.SourceFile;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The difference between the committed index and the tree on disk: which files to read, which to skip,
 * which documents to delete.
 *
 * @param deleted ids to remove (only with prune)
 */
public record IngestPlan(List<Hashed> added, List<Hashed> updated, List<Hashed> unchanged, List<String> deleted) {

    /** A listed file with the SHA-256 of its content, and its stamp as taken before hashing (null when none). */
    public record Hashed(SourceFile file, String hash, FileStamp stamp) {
        public Hashed(SourceFile file, String hash) {
            this(file, hash, null);
        }
    }

    /**
     * @param committed the index's documents: id → content hash
     * @param hashed    the files that could be hashed
     * @param present   ids of everything the walk met, including files that failed: never pruned
     * @param roots     ids of the paths walked: prune only looks below them, so documents from other
     *                  trees in the same index are left alone
     * @param unlisted  ids of folders that could not be listed: nothing below them is pruned
     */
    public static IngestPlan of(Map<String, String> committed, List<Hashed> hashed, Set<String> present,
                                Collection<String> roots, Collection<String> unlisted, boolean prune) {
        List<Hashed> added = new ArrayList<>();
        List<Hashed> updated = new ArrayList<>();
        List<Hashed> unchanged = new ArrayList<>();
        for (Hashed h : hashed) {
            String old = committed.get(h.file().id());
            if (old == null) added.add(h);
            else if (old.equals(h.hash())) unchanged.add(h);
            else updated.add(h);
        }
        List<String> deleted = new ArrayList<>();
        if (prune) {
            for (String id : committed.keySet()) {
                if (!present.contains(id) && isUnder(id, roots) && !isUnder(id, unlisted)) deleted.add(id);
            }
            deleted.sort(null);
        }
        return new IngestPlan(List.copyOf(added), List.copyOf(updated), List.copyOf(unchanged), List.copyOf(deleted));
    }

    /** Files to read, in order: new ones and changed ones. */
    public List<Hashed> toRead() {
        List<Hashed> all = new ArrayList<>(added);
        all.addAll(updated);
        all.sort(java.util.Comparator.comparing(h -> h.file().id()));
        return all;
    }

    static boolean isUnder(String id, Collection<String> folders) {
        for (String f : folders) {
            if (id.equals(f) || id.startsWith(f.endsWith(File.separator) ? f : f + File.separator)) return true;
        }
        return false;
    }
}

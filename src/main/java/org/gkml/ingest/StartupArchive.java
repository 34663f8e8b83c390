package org.gkml.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The application class-data archive the {@code gkml} launcher builds next to the jar (AppCDS: the classes of a
 * training run, already parsed and verified), handed on to the reading processes so that each one starts as
 * quickly as its parent. Never required: without it a JVM simply loads its classes from the jar.
 *
 * <p>The JVM itself drops an archive made for another jar or with garbage for a header ({@code -Xshare:auto}), but
 * a truncated one crashes it while mapping; so an archive is used only when its size is the one the launcher wrote
 * into {@code ARCHIVE.stamp} (first field) after building it.
 */
final class StartupArchive {

    /** Set by the launcher to the archive it checked and started this JVM with. */
    static final String PROPERTY = "gkml.cds.archive";

    private StartupArchive() {
    }

    /** The archive this JVM was started with by the launcher, or null. */
    static Path ofThisProcess() {
        String p = System.getProperty(PROPERTY);
        return p == null || p.isBlank() ? null : Path.of(p);
    }

    /**
     * The options that start a JVM with {@code archive}: none when there is no archive, or it does not match its
     * stamp. The JVM's own complaints about a stale archive are silenced; it then runs without.
     */
    static List<String> javaOptions(Path archive) {
        if (archive == null || !intact(archive)) return List.of();
        return List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    /** Whether the archive has the size its stamp records (a partly written or cut-off file has not). */
    static boolean intact(Path archive) {
        try {
            Path stamp = archive.resolveSibling(archive.getFileName() + ".stamp");
            String[] fields = Files.readString(stamp, StandardCharsets.UTF_8).strip().split("\\s+");
            return fields.length > 0 && fields[0].equals(Long.toString(Files.size(archive)));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}

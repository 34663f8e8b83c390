package org.gkml.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What the file system says of a file without reading it: size, modification and change time (nanoseconds), device
 * and inode. A run keeps the stamp of each file beside its content hash (records.state), and a later run whose stat of
 * the file gives the same stamp takes the hash as it is instead of reading the file: writing a file changes its
 * mtime and ctime, replacing it (a rename) its inode, and setting the mtime back (touch -d) its ctime.
 *
 * <p>A stamp is only kept for a file that was last modified {@link #SETTLE} before the run began ({@link
 * #settledBefore}): a file written during (or just before) the run may change again within the same clock tick of its
 * mtime, so it is hashed again on the next run (as git treats a "racily clean" file). The stamp is taken before the
 * file is hashed, so a file written while it is hashed has a newer stamp by the next run.
 */
record FileStamp(long size, long modifiedNanos, long changedNanos, long device, long inode) {

    /** How long before a run's start a file must have been last modified for its stamp to be kept. */
    static final Duration SETTLE = Duration.ofSeconds(5);

    private static final String ATTRIBUTES = "unix:size,lastModifiedTime,ctime,dev,ino";

    /**
     * The file's stamp (following links, as the walk does), or null where the file system gives no ctime, device and
     * inode (then the file is always hashed).
     */
    static FileStamp of(Path file) throws IOException {
        Map<String, Object> a;
        try {
            a = Files.readAttributes(file, ATTRIBUTES);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return null;   // no "unix" view here
        }
        if (!(a.get("size") instanceof Long size) || !(a.get("lastModifiedTime") instanceof FileTime m)
                || !(a.get("ctime") instanceof FileTime c) || !(a.get("dev") instanceof Long dev) || !(a.get("ino") instanceof Long ino)) {
            return null;
        }
        return new FileStamp(size, m.to(TimeUnit.NANOSECONDS), c.to(TimeUnit.NANOSECONDS), dev, ino);
    }

    /** True when the file was last modified (and changed) at least {@link #SETTLE} before {@code runStarted}. */
    boolean settledBefore(Instant runStarted) {
        Instant limit = runStarted.minus(SETTLE);
        return Instant.EPOCH.plusNanos(modifiedNanos).isBefore(limit) && Instant.EPOCH.plusNanos(changedNanos).isBefore(limit);
    }

    /** As kept in records.state: the five numbers separated by spaces. */
    String encode() {
        return size + " " + modifiedNanos + " " + changedNanos + " " + device + " " + inode;
    }

    /** {@link #encode()}'s text back as a stamp, or null when it is not one. */
    static FileStamp parse(String s) {
        if (s == null) return null;
        String[] f = s.split(" ", -1);
        if (f.length != 5) return null;
        try {
            return new FileStamp(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

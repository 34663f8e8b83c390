package org.gkml.cli;

import org.gkml.ingest.ForkedReader;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options that choose where files are read: child JVMs (the default for batches) or this JVM. */
final class ReadIsolation {

    @Option(names = "--in-process", description = {
            "Read in this JVM instead of child processes: faster to start, but a",
            "runaway or crashing file can then harm the rest of the run."})
    boolean inProcess;

    @Option(names = "--child-heap", paramLabel = "SIZE", defaultValue = "1G",
            description = "Memory limit of each reading process; bytes or with K, M, G (default: ${DEFAULT-VALUE}).")
    String childHeap;

    /**
     * How to start the reading processes, one per thread; null to read in this JVM.
     *
     * @param mappingsDir the --mappings folder, already loaded and checked here, or null for the built-in files
     */
    ForkedReader.Settings settings(int threads, Path mappingsDir) {
        if (inProcess) return null;
        List<String> workerArgs = new ArrayList<>();
        if (mappingsDir != null) workerArgs.addAll(List.of("--mappings", mappingsDir.toAbsolutePath().toString()));
        long heap = IngestCommand.parseSize(childHeap);
        if (heap < (128L << 20)) throw new IllegalArgumentException("--child-heap must be at least 128M: " + childHeap);
        return new ForkedReader.Settings(threads, heap, workerArgs);
    }
}

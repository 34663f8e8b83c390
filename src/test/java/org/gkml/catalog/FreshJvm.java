package org.gkml.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a main class in a JVM of its own, on the tests' class path, and reports which classes it loaded: what a
 * command loads at start-up cannot be seen in the test JVM, where other tests have loaded everything already.
 */
public final class FreshJvm {

    private FreshJvm() {
    }

    public record Run(int exit, String stdout, List<String> loaded) {
    }

    /** The classes {@code main} loaded (names), after checking it exited 0. */
    public static List<String> loadedClasses(Class<?> main, String... args) throws IOException, InterruptedException {
        Run r = run(main, args);
        assertEquals(0, r.exit(), "the fresh JVM failed: " + r.stdout());
        return r.loaded();
    }

    public static Run run(Class<?> main, String... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-Xlog:class+load=info:stderr:none",
                "-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        // stderr is read on its own thread so that neither pipe fills while the other is read
        var err = new java.util.concurrent.CompletableFuture<String>();
        Thread t = new Thread(() -> {
            try {
                err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                err.completeExceptionally(e);
            }
        });
        t.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the fresh JVM did not finish");
        t.join();
        List<String> loaded = new ArrayList<>();
        for (String line : err.join().split("\n")) {
            int space = line.indexOf(' ');
            if (line.contains(" source: ") && space > 0) loaded.add(line.substring(0, space));
        }
        return new Run(p.exitValue(), out, loaded);
    }
}

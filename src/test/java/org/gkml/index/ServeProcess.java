package org.gkml.index;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.cli.Main;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `gkml serve` in a child JVM, for the SolrCloud tests: their class path holds Solr's Jetty 10 (the in-process
 * cluster), serve needs Javalin's Jetty 12, and one JVM cannot load both. The child runs the compiled classes on the
 * class path Maven writes for it (target/serve-classpath.txt: the main code's runtime dependencies) and talks to the
 * cluster over the network like any other client.
 */
final class ServeProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile(" at (http://\\S+/) ");

    private final Process process;
    private final Path errLog;
    final String url;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServeProcess(Process process, Path errLog, String url) {
        this.process = process;
        this.errLog = errLog;
        this.url = url;
    }

    /** Starts `gkml ARGS` (a serve command with --port 0) and waits until it says where it listens. */
    static ServeProcess start(Path errLog, String... args) throws Exception {
        Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path cpFile = classes.getParent().resolve("serve-classpath.txt");
        if (!Files.isRegularFile(cpFile)) throw new IllegalStateException(cpFile + " is missing: run the test through Maven (mvn test), which writes it");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dfile.encoding=UTF-8", "-cp", classes + java.io.File.pathSeparator + Files.readString(cpFile).strip(),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(errLog.toFile()).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) url.complete(m.group(1));
                }
                url.completeExceptionally(new IllegalStateException("serve ended without listening"));
            } catch (IOException e) {
                url.completeExceptionally(e);
            }
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            // JVM start-up and the first search (which loads the dictionaries) on a loaded machine: a bound, not a measure
            return new ServeProcess(p, errLog, url.get(4, TimeUnit.MINUTES));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IllegalStateException("serve did not start (exit " + (p.isAlive() ? "-" : p.exitValue()) + "): " + Files.readString(errLog), e);
        }
    }

    HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        if (!process.isAlive()) throw new IllegalStateException("serve has ended: " + Files.readString(errLog));
        return http.send(HttpRequest.newBuilder(URI.create(url + path.substring(1))).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET {@code path}, which must answer 200 with JSON. */
    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = get(path);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + body + "\nserve's log: " + Files.readString(errLog));
        return CatalogJson.MAPPER.readTree(body);
    }

    String log() throws IOException {
        return Files.readString(errLog);
    }

    @Override
    public void close() throws InterruptedException {
        // for the README's figures: what the child cost, as CPU time (the machine is shared; wall time says little)
        process.toHandle().info().totalCpuDuration().ifPresent(d -> System.out.println("gkml serve child JVM: " + d.toMillis() + " ms CPU"));
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
}

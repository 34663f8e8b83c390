package org.gkml.cli;

import org.gkml.catalog.CatalogDocument;
import org.gkml.pipeline.CatalogReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The training run of the launcher's class-data archive ({@code java -XX:ArchiveClassesAtExit=target/gkml.jsa}):
 * does once, on a tiny catalog in a scratch folder, what the commands and the reading processes do, so the
 * classes they load are in the archive. What it prints does not matter; the launcher discards it. Needs no
 * network and no file outside the scratch folder.
 */
public final class StartupTraining {

    private static final String CATALOG = String.join("\n",
            "某某市医疗保障局政务公开基本目录",
            "序号\t一级事项\t二级事项\t公开内容（要素）\t公开依据\t公开时限\t公开主体\t公开渠道和载体",
            "1\t医保政策\t异地就医\t异地就医备案办理流程\t《中华人民共和国社会保险法》\t信息形成或变更之日起20个工作日内\t某某市医疗保障局\t政府网站",
            "2\t机构信息\t机构职能\t机构职能、内设机构、领导信息\t《中华人民共和国政府信息公开条例》\t信息形成或变更之日起20个工作日内\t某某市医疗保障局\t政府网站 政务新媒体",
            "");

    private StartupTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) throw new IllegalArgumentException("usage: StartupTraining SCRATCH-FOLDER");
        Path scratch = Path.of(args[0]);
        Path tree = Files.createDirectories(scratch.resolve("tree"));
        Path data = scratch.resolve("data");
        Path catalog = Files.writeString(tree.resolve("catalog.txt"), CATALOG, StandardCharsets.UTF_8);
        Files.writeString(tree.resolve("catalog2.txt"), CATALOG.replace("某某市", "某某县"), StandardCharsets.UTF_8);

        run("--help");
        run("ingest", tree.toString(), "--data", data.toString(), "--in-process", "--threads", "2");
        run("search", "异地就医", "--data", data.toString());
        run("search", "医保 政策", "--json", "--data", data.toString());
        run("search", "--group-by", "agency", "-f", "level=市级", "--data", data.toString());
        run("extract", catalog.toString());
        run("report", "--data", data.toString(), "--out", scratch.resolve("report.xlsx").toString());
        roundTrip(new CatalogReader(Main.mappings(null)).read(catalog)); // the mappings a command without --mappings uses
    }

    private static void run(String... args) {
        PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
        var cl = Main.commandLine();
        cl.setOut(nowhere);
        cl.setErr(nowhere);
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            cl.execute(args);
        } finally {
            System.setOut(out);
        }
    }

    /** What a reading process and its parent do with a document: serialise it, and read it back. */
    private static void roundTrip(CatalogDocument doc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject(doc);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            in.readObject();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a document's classes are all on the class path", e);
        }
    }
}

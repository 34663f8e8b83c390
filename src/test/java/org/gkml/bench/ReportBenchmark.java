package org.gkml.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.cli.Main;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Times `gkml report` over a synthetic data folder of many entries (not a test: run it under the heap to prove,
 * e.g. -Xmx512m). Run: mvn -q test-compile && java -Xmx512m -cp target/test-classes:target/classes:$(deps)
 * org.gkml.bench.ReportBenchmark [ENTRIES] [CATALOGS] (deps: mvn dependency:build-classpath). Prints the time,
 * the peak heap in use and the workbook's size.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int catalogs = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path dir = Files.createTempDirectory("gkml-report-bench");
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        try (BufferedWriter w = Files.newBufferedWriter(data.resolve("records.jsonl"), StandardCharsets.UTF_8)) {
            int perCatalog = entries / catalogs;
            for (int c = 0; c < catalogs; c++) {
                String source = "catalog-" + c + ".docx";
                for (int i = 0; i < perCatalog; i++) {
                    ObjectNode r = CatalogJson.MAPPER.createObjectNode();
                    r.put("doc_id", "/srv/catalogs/" + source);
                    r.put("source", source);
                    r.put("agency", "测试" + c + "县统计局");
                    r.putObject("region").put("province", "宁夏回族自治区");
                    r.put("level", "county");
                    r.put("seq", i + 1 + (i % 97 == 5 ? 1 : 0));
                    r.put("category", "一级事项" + (i / 10));
                    r.put("item", "二级事项" + ((i * 7 + c) % 300));
                    r.put("content", "公开内容：".repeat(1 + i % 5) + i);
                    r.put("basis", i % 31 == 0 ? null : "《中华人民共和国政府信息公开条例》");
                    r.put("time_limit", "信息形成之日起" + (10 + i % 15) + "个工作日内");
                    r.put("deadline_days", 10 + i % 15);
                    r.put("deadline_unit", "working_day");
                    r.putArray("channels").add("政府网站");
                    r.put("source_ref", source + " page " + (1 + i / 20) + " table 1 r" + (i + 2) + "c1");
                    w.write(CatalogJson.MAPPER.writeValueAsString(r));
                    w.write('\n');
                }
            }
        }
        Path out = dir.resolve("report.xlsx");
        long[] peak = {0};
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak[0] = Math.max(peak[0], rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long start = System.nanoTime();
        int code = Main.commandLine().execute("report", "--data", data.toString(), "--out", out.toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        sampler.interrupt();
        System.out.printf("report of %d entries in %d catalogs: exit %d, %d ms, peak heap in use %d MB (max %d MB), workbook %d KB%n",
                entries, catalogs, code, ms, peak[0] >> 20, Runtime.getRuntime().maxMemory() >> 20, Files.size(out) >> 10);
    }
}

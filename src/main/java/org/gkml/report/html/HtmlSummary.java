package org.gkml.report.html;

import org.gkml.report.CatalogStats;
import org.gkml.report.ReportSummary;
import org.gkml.report.coverage.Coverage;
import org.gkml.report.rules.Rule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's one-page summary: a self-contained HTML file (inline SVG, inline CSS, no script, nothing fetched)
 * that opens offline — entries per agency, problems by rule and by place, time limits by catalog and the coverage
 * heat map, each with its numbers beside it. Long lists are cut to their largest rows; the workbook has them all.
 */
public final class HtmlSummary {

    /** Bars per chart; the rest are counted under the chart. */
    private static final int MAX_BARS = 40;
    /** Heat-map size: beyond it the map would not be read, only scrolled. */
    private static final int MAX_ITEMS = 120;
    private static final int MAX_AGENCIES = 80;
    private static final int CELL = 12;

    private final ReportSummary summary;
    private final List<CatalogStats> catalogs;
    private final Coverage coverage;
    private final List<Rule> rules;
    private final int maxWorkingDays;

    /** @param maxWorkingDays the legal limit drawn across the time-limit chart */
    public HtmlSummary(ReportSummary summary, List<CatalogStats> catalogs, Coverage coverage, List<Rule> rules, int maxWorkingDays) {
        this.summary = summary;
        this.catalogs = catalogs;
        this.coverage = coverage;
        this.rules = rules;
        this.maxWorkingDays = maxWorkingDays;
    }

    /** Writes the page through a temporary file beside {@code out}. */
    public void write(Path out) throws IOException {
        Path abs = out.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, render(), StandardCharsets.UTF_8);
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public String render() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>政府信息公开目录汇总</title><style>")
                .append("body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px;color:#222}")
                .append("h1{font-size:22px}h2{font-size:17px;margin-top:32px;border-bottom:1px solid #ccc}")
                .append("p.note{color:#666;font-size:12px}table.n{border-collapse:collapse;font-size:13px}")
                .append("table.n td,table.n th{border:1px solid #ddd;padding:3px 8px;text-align:left}")
                .append("ol.legend{columns:3;font-size:12px}</style></head><body>\n");
        h.append("<h1>政府信息公开目录汇总</h1>\n");
        h.append("<table class=\"n\"><tr><th>目录</th><th>条目</th><th>问题</th><th>事项</th><th>机构</th><th>未能读取</th></tr><tr>")
                .append(td(summary.catalogs())).append(td(summary.entries())).append(td(summary.problemCount()))
                .append(td(summary.items())).append(td(summary.columns())).append(td(summary.failures().size())).append("</tr></table>\n");
        entriesPerAgency(h);
        problemsByRule(h);
        problemsByPlace(h);
        timeLimits(h);
        heatMap(h);
        return h.append("</body></html>\n").toString();
    }

    private void entriesPerAgency(StringBuilder h) {
        Map<String, Integer> per = new LinkedHashMap<>();
        for (CatalogStats c : catalogs) per.merge(c.agency(), c.entries(), Integer::sum);
        h.append("<h2>各机构条目数</h2>\n");
        chart(h, per, false, null, null);
    }

    private void problemsByRule(StringBuilder h) {
        List<Svg.Bar> bars = new ArrayList<>();
        for (Rule r : rules) {
            int n = summary.problems().getOrDefault(r.spec().id(), 0);
            bars.add(new Svg.Bar(r.spec().explanation(), n, n + "（" + r.spec().id() + "）", n > 0));
        }
        h.append("<h2>问题（按规则）</h2>\n").append(Svg.bars(bars, null, null)).append('\n');
    }

    private void problemsByPlace(StringBuilder h) {
        Map<String, Integer> per = new LinkedHashMap<>();
        for (CatalogStats c : catalogs) per.merge(c.place() == null ? "（地区不明）" : c.place(), c.problemCount(), Integer::sum);
        // a place without problems is a line of nothing; counted under the chart instead
        Map<String, Integer> withProblems = new LinkedHashMap<>();
        per.forEach((place, n) -> {
            if (n > 0) withProblems.put(place, n);
        });
        h.append("<h2>问题（按地区）</h2>\n");
        chart(h, withProblems, true, null, null);
        int clean = per.size() - withProblems.size();
        if (clean > 0) h.append("<p class=\"note\">其余 ").append(clean).append(" 个地区的目录未发现问题。</p>\n");
    }

    private void timeLimits(StringBuilder h) {
        List<Svg.Bar> bars = new ArrayList<>();
        int without = 0;
        for (CatalogStats c : catalogs) {
            if (c.workingDayLimits().isEmpty()) {
                without++;
                continue;
            }
            List<Integer> sorted = c.workingDayLimits().stream().sorted().toList();
            int max = sorted.get(sorted.size() - 1);
            int median = sorted.get(sorted.size() / 2);
            bars.add(new Svg.Bar(c.agency() + " · " + c.source(), max, "最长 " + max + "，中位 " + median + " 个工作日", max > maxWorkingDays));
        }
        bars.sort(Comparator.comparingDouble(Svg.Bar::value).reversed());
        h.append("<h2>各目录公开时限（工作日）</h2>\n");
        if (bars.isEmpty()) {
            h.append("<p class=\"note\">没有以工作日写明的公开时限。</p>\n");
            return;
        }
        h.append(Svg.bars(bars.subList(0, Math.min(MAX_BARS, bars.size())), (double) maxWorkingDays, "条例规定 " + maxWorkingDays + " 个工作日"))
                .append('\n');
        note(h, bars.size(), without == 0 ? "" : "；" + without + " 份目录未以工作日写明时限");
    }

    private void heatMap(StringBuilder h) {
        List<Coverage.Item> items = new ArrayList<>(coverage.rows());
        // the reference's items first (in its order), then the most widely listed
        items.sort(Comparator.comparing((Coverage.Item i) -> !i.inReference()).thenComparing(i -> -i.catalogs()));
        List<Coverage.Column> columns = coverage.columns();
        int rows = Math.min(MAX_ITEMS, items.size());
        int cols = Math.min(MAX_AGENCIES, columns.size());
        int left = 230;
        int top = 30;
        h.append("<h2>覆盖热图</h2>\n<p class=\"note\">绿：列出该事项；红：参考目录有而该机构没有；灰：都没有（另一领域的目录不与参考目录比较）。列号见下方图例。</p>\n");
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(left + cols * CELL + 20).append("\" height=\"")
                .append(top + rows * CELL + 10).append("\" role=\"img\">");
        for (int c = 0; c < cols; c++) {
            s.append("<text x=\"").append(left + c * CELL + CELL / 2).append("\" y=\"").append(top - 6)
                    .append("\" font-size=\"8\" text-anchor=\"middle\">").append(c + 1).append("</text>");
        }
        for (int r = 0; r < rows; r++) {
            Coverage.Item i = items.get(r);
            int y = top + r * CELL;
            s.append("<text x=\"").append(left - 4).append("\" y=\"").append(y + CELL - 2).append("\" font-size=\"10\" text-anchor=\"end\">")
                    .append(Html.escape(Svg.shorten(i.name(), 20))).append(" (").append(i.catalogs()).append(")</text>");
            for (int c = 0; c < cols; c++) {
                String fill = i.catalogsIn(c) > 0 ? "#5cb85c" :  columns.get(c).lacks(i, c) ? "#e8a0a0" : "#eeeeee";
                s.append("<rect x=\"").append(left + c * CELL).append("\" y=\"").append(y).append("\" width=\"").append(CELL - 1)
                        .append("\" height=\"").append(CELL - 1).append("\" fill=\"").append(fill).append("\"/>");
            }
        }
        h.append(s).append("</svg>\n<ol class=\"legend\">");
        for (int c = 0; c < cols; c++) {
            h.append("<li>").append(Html.escape(columns.get(c).label())).append("（").append(columns.get(c).catalogs()).append("份）</li>");
        }
        h.append("</ol>\n");
        if (rows < items.size() || cols < columns.size()) {
            h.append("<p class=\"note\">图中为 ").append(rows).append(" / ").append(items.size()).append(" 个事项、")
                    .append(cols).append(" / ").append(columns.size()).append(" 个机构；全部见工作簿“覆盖”表。</p>\n");
        }
    }

    private static void chart(StringBuilder h, Map<String, Integer> values, boolean alert, Double marker, String markerLabel) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(values.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<Svg.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(MAX_BARS, sorted.size()))) {
            bars.add(new Svg.Bar(e.getKey(), e.getValue(), String.valueOf(e.getValue()), alert && e.getValue() > 0));
        }
        h.append(Svg.bars(bars, marker, markerLabel)).append('\n');
        note(h, sorted.size(), "");
    }

    private static void note(StringBuilder h, int total, String more) {
        if (total > MAX_BARS || !more.isEmpty()) {
            h.append("<p class=\"note\">").append(total > MAX_BARS ? "图中为最大的 " + MAX_BARS + " / " + total + " 项" : "")
                    .append(Html.escape(more)).append("</p>\n");
        }
    }

    private static String td(long n) {
        return "<td>" + n + "</td>";
    }
}

package org.gkml.report.xlsx;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Region;
import org.gkml.report.ReportCatalog;
import org.gkml.report.coverage.Coverage;
import org.gkml.report.rules.FewerItemsThanDeclared;
import org.gkml.report.rules.Violation;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The coordinator's workbook, written as the catalogs stream by ({@link SXSSFWorkbook}: only a window of rows per
 * sheet is in memory, the rest on disk until the file is written). 条目, 目录, 问题 and 缺项 grow one catalog at a
 * time; 覆盖 is written at the end from the concordance.
 */
public final class ReportWorkbook implements AutoCloseable {

    public static final String ENTRIES = "条目";
    public static final String CATALOGS = "目录";
    public static final String PROBLEMS = "问题";
    public static final String COVERAGE = "覆盖";
    public static final String GAPS = "缺项";

    /** The sheet's words for a catalog's level. */
    private static final Map<String, String> LEVELS = Map.of("province", "省级", "city", "市级", "county", "县级");

    /** What the 缺项 sheet calls the two kinds of difference. */
    public static final String LACKS = "缺少";
    public static final String EXTRA = "多出";
    /** The 缺项 column, with several references, naming the reference(s) an item comes from. */
    public static final String REFERENCE = "参考目录";

    /** Rows kept in memory per sheet before they go to disk. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    private final Styles styles = new Styles(wb);
    private final SheetWriter entries;
    private final SheetWriter catalogs;
    private final SheetWriter problems;
    private final SheetWriter gaps;
    private final String declaredKey;
    private final boolean severalReferences;

    /**
     * @param declaredKey the meta key of a catalog's declared count of 二级事项 (from the rules' data)
     * @param references  whether several references are given: 缺项 then says which each item comes from
     */
    public ReportWorkbook(String declaredKey, boolean references) {
        this.declaredKey = declaredKey;
        this.severalReferences = references;
        wb.setCompressTempFiles(true);
        List<SheetWriter.Column> place = List.of(SheetWriter.Column.wrapped("机构", 22), SheetWriter.Column.of("省", 12),
                SheetWriter.Column.of("市", 12), SheetWriter.Column.of("县（区）", 12));
        List<SheetWriter.Column> entryColumns = new ArrayList<>(place);
        entryColumns.add(SheetWriter.Column.of("层级", 6));
        entryColumns.add(SheetWriter.Column.of("来源文件", 24));
        entryColumns.addAll(EntryColumns.columns());
        entryColumns.add(SheetWriter.Column.of("位置", 24));
        entries = new SheetWriter(wb, styles, ENTRIES, entryColumns);

        catalogs = new SheetWriter(wb, styles, CATALOGS, concat(List.of(SheetWriter.Column.of("来源文件", 28),
                SheetWriter.Column.wrapped("标题", 36)), place, List.of(SheetWriter.Column.of("层级", 6),
                SheetWriter.Column.of("格式", 6), SheetWriter.Column.of("条目数", 8), SheetWriter.Column.of("声明条目数", 10),
                SheetWriter.Column.of("问题数", 8), SheetWriter.Column.of("警告数", 8), SheetWriter.Column.wrapped("警告", 50),
                SheetWriter.Column.of("读取时间", 20), SheetWriter.Column.of("路径", 40))));

        problems = new SheetWriter(wb, styles, PROBLEMS, concat(place, List.of(SheetWriter.Column.of("来源文件", 24),
                SheetWriter.Column.of("序号", 6), SheetWriter.Column.wrapped("一级事项", 16), SheetWriter.Column.wrapped("二级事项", 22),
                SheetWriter.Column.of("字段", 14), SheetWriter.Column.of("规则", 14), SheetWriter.Column.of("严重程度", 8),
                SheetWriter.Column.wrapped("说明", 36), SheetWriter.Column.wrapped("问题值", 36), SheetWriter.Column.of("页", 5),
                SheetWriter.Column.of("行", 6), SheetWriter.Column.of("位置", 28))));

        List<SheetWriter.Column> gapColumns = new ArrayList<>(concat(place, List.of(SheetWriter.Column.of("来源文件", 24),
                SheetWriter.Column.of("差异", 6), SheetWriter.Column.wrapped("一级事项", 18), SheetWriter.Column.wrapped("二级事项", 26),
                SheetWriter.Column.wrapped("其他写法", 36))));
        if (references) gapColumns.add(SheetWriter.Column.wrapped(REFERENCE, 28));
        gaps = new SheetWriter(wb, styles, GAPS, gapColumns);
    }

    @SafeVarargs
    private static List<SheetWriter.Column> concat(List<SheetWriter.Column>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    /** One catalog's rows in 条目, 目录 and 问题. */
    public void add(ReportCatalog c, List<Violation> found) {
        CatalogDocument d = c.doc();
        Object[] place = place(d);
        for (Entry e : d.entries()) {
            Object[] where = {level(d), d.source()};
            Object[] values = EntryColumns.values(e);
            entries.row(Stream.of(place, where, values, new Object[]{e.source() == null ? null : e.source().toString()})
                    .flatMap(Arrays::stream).toArray());
        }
        String warnings = d.warnings().stream().map(ReportWorkbook::warning).collect(Collectors.joining("\n"));
        catalogs.row(Stream.of(new Object[]{d.source(), d.title()}, place, new Object[]{level(d), d.format(), d.entries().size(),
                FewerItemsThanDeclared.declared(d, declaredKey), found.size(), d.warnings().size(),
                warnings.isEmpty() ? null : warnings, c.readAt(), c.id()}).flatMap(Arrays::stream).toArray());
        for (Violation v : found) {
            Provenance p = v.where();
            Object row = p == null ? null : p.line() > 0 ? (Object) p.line() : p.cellRef();
            problems.row(Stream.of(place, new Object[]{d.source(), v.seq(), v.category(), v.item(), v.field(), v.rule().id(),
                    v.rule().severity(), v.rule().explanation(), v.value(), p == null || p.page() == 0 ? null : p.page(), row,
                    p == null ? null : p.toString()}).flatMap(Arrays::stream).toArray());
        }
    }

    /**
     * One catalog's differences from the references {@code refs} (those of its field), in 缺项: with several
     * references given, a lacking item names the reference(s) it comes from, an extra one those it was held against.
     */
    public void gaps(ReportCatalog c, Coverage coverage, Set<String> keys, java.util.BitSet refs) {
        CatalogDocument d = c.doc();
        Object[] place = place(d);
        for (Coverage.Item i : coverage.missing(keys, refs)) {
            gapRow(place, d, LACKS, i, coverage.listedAs(i.key()), String.join("；", coverage.referencesOf(i, refs)));
        }
        String against = null;
        if (severalReferences) {
            List<String> labels = new ArrayList<>();
            for (int r = refs.nextSetBit(0); r >= 0; r = refs.nextSetBit(r + 1)) labels.add(coverage.referenceLabel(r));
            against = "均无（比较：" + String.join("；", labels) + "）";
        }
        for (Coverage.Item i : coverage.extra(keys, refs)) gapRow(place, d, EXTRA, i, coverage.listedAs(i.key()), against);
    }

    /**
     * A row of 缺项: what the catalog has and the reference lacks as the catalog writes it, what it lacks as the
     * reference writes it (a row of 覆盖 is named as the catalog met first wrote it, not always this one), and the
     * item's other names, the 覆盖 row's among them.
     */
    private void gapRow(Object[] place, CatalogDocument d, String kind, Coverage.Item i, Entry listed, String reference) {
        String name = i.name();
        String category = i.category();
        if (listed != null) {
            String own = listed.item() != null && !listed.item().isBlank() ? listed.item().strip() : null;
            name = own != null ? own : listed.category() == null ? name : listed.category().strip();
            if (own != null && listed.category() != null && !listed.category().isBlank()) category = listed.category().strip();
        }
        String shown = name;
        String others = Stream.concat(Stream.of(i.name()), i.spellings().stream()).distinct().filter(s -> !s.equals(shown))
                .collect(Collectors.joining("；"));
        gaps.row(Stream.of(place, new Object[]{d.source(), kind, category, name, others.isEmpty() ? null : others},
                severalReferences ? new Object[]{reference} : new Object[0]).flatMap(Arrays::stream).toArray());
    }

    /** The 覆盖 sheet: one row per item of the concordance, one column per agency. */
    public void coverage(Coverage coverage) {
        List<Coverage.Column> columns = coverage.columns();
        List<SheetWriter.Column> heads = new ArrayList<>(List.of(SheetWriter.Column.wrapped("一级事项", 16),
                SheetWriter.Column.wrapped("二级事项", 24), SheetWriter.Column.wrapped("其他写法", 30),
                SheetWriter.Column.of("匹配方式", 8), SheetWriter.Column.of("参考目录", 8), SheetWriter.Column.of("目录数", 8)));
        for (Coverage.Column col : columns) {
            heads.add(SheetWriter.Column.wrapped(col.catalogs() == 1 ? col.label() : col.label() + "（" + col.catalogs() + "份）", 14));
        }
        SheetWriter sheet = new SheetWriter(wb, styles, COVERAGE, heads);
        int fixed = 6;
        for (Coverage.Item i : coverage.rows()) {
            Object[] row = new Object[fixed + columns.size()];
            CellStyle[] fills = new CellStyle[row.length];
            String others = i.spellings().stream().filter(s -> !s.equals(i.name())).collect(Collectors.joining("；"));
            row[0] = i.category();
            row[1] = i.name();
            row[2] = others.isEmpty() ? null : others;
            row[3] = i.method().label();
            row[4] = !i.inReference() ? null : severalReferences ? String.join("；", coverage.referencesOf(i, coverage.allReferences())) : "✓";
            row[5] = i.catalogs();
            for (int c = 0; c < columns.size(); c++) {
                int n = i.catalogsIn(c);
                if (n > 0) {
                    row[fixed + c] = columns.get(c).catalogs() == 1 ? "✓" : n + "/" + columns.get(c).catalogs();
                    fills[fixed + c] = styles.covered;
                } else if (columns.get(c).lacks(i, c)) {
                    fills[fixed + c] = styles.lacking;
                }
            }
            sheet.styledRow(fills, row);
        }
        sheet.finish();
        // The sheets were made in the order they filled; the coordinator reads them in this one.
        wb.setSheetOrder(COVERAGE, wb.getSheetIndex(GAPS));
    }

    /** What the 缺项 sheet says of a catalog of another field than the references'. */
    public static final String OTHER_FIELD = "未比较";

    /** One row in 缺项 for a catalog not held against the references: its field is not theirs, and why. */
    public void otherField(ReportCatalog c, String reason) {
        CatalogDocument d = c.doc();
        gaps.row(Stream.of(place(d), new Object[]{d.source(), OTHER_FIELD, null, null, reason},
                severalReferences ? new Object[]{null} : new Object[0]).flatMap(Arrays::stream).toArray());
    }

    /** A note in 缺项 when there is nothing to compare with. */
    public void noReference() {
        gaps.row(null, null, null, null, null, null, null, "未给出参考目录（--reference），无从比较");
    }

    /** Writes the workbook to {@code out} through a temporary file beside it, so a reader never sees half a file. */
    public void write(Path out) throws IOException {
        entries.finish();
        catalogs.finish();
        problems.finish();
        gaps.finish();
        Path abs = out.toAbsolutePath();
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp)) {
            wb.write(os);
        }
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public long rows(String sheet) {
        return switch (sheet) {
            case ENTRIES -> entries.rows();
            case PROBLEMS -> problems.rows();
            case GAPS -> gaps.rows();
            default -> catalogs.rows();
        };
    }

    @Override
    public void close() {
        wb.dispose();
        try {
            wb.close();
        } catch (IOException ignored) {
            // only temporary files were open; they are gone with dispose()
        }
    }

    private static Object[] place(CatalogDocument d) {
        Region r = d.region() == null ? Region.UNKNOWN : d.region();
        return new Object[]{d.agency(), r.province(), r.city(), r.county()};
    }

    private static String level(CatalogDocument d) {
        if (d.level() == null) return null;
        String l = d.level().json();
        return LEVELS.getOrDefault(l, l);
    }

    private static String warning(Warning w) {
        return w.message() + " [" + w.code().json() + "]";
    }
}

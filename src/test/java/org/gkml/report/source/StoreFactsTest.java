package org.gkml.report.source;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.DeadlineUnit;
import org.gkml.catalog.Entry;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.gkml.index.LuceneCatalogStore;
import org.gkml.report.ReportCatalog;
import org.gkml.report.ReportException;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A report read from a store (as from a SolrCloud collection) takes each catalog's facts from the store's markers
 * ({@code writeCatalogs}), as a report from a data folder takes them from catalogs.jsonl: the title, the format, the
 * declared count and the reader's warnings, which the records alone do not tell.
 */
class StoreFactsTest {

    @TempDir
    Path data;

    @Test
    void aReportFromAStoreHasTheCatalogsFactsAsRead() throws IOException, ReportException {
        Entry e = new Entry(1, null, "机构信息", "领导信息", "领导简介", null, List.of(), "20个工作日内", 20, DeadlineUnit.WORKING_DAY,
                null, List.of("政府网站"), null, List.of("全社会"), List.of("主动公开"), List.of("办公室"), List.of(), null, List.of(), null, Map.of(), null);
        CatalogDocument doc = new CatalogDocument("one.docx", "docx", "某某县医疗保障局政府信息公开目录", "某某县医疗保障局",
                new Region("宁夏回族自治区", "银川市", "某某县"), Level.COUNTY, Map.of("二级事项", "16项"),
                EnumSet.of(Field.SEQ, Field.CATEGORY, Field.ITEM), List.of(e),
                List.of(new Warning(WarningCode.ENCODING_GUESSED, "读作 GB18030", Provenance.ofLine("one.docx", 3))));
        List<ReportCatalog> read = new ArrayList<>();
        try (LuceneCatalogStore store = LuceneCatalogStore.open(data)) {
            store.replace("a/one.docx", "h1", doc);
            store.commit(Map.of());
            new RecordsSource(store, "the store", null).read(new CatalogSource.Sink() {
                @Override
                public void catalog(ReportCatalog catalog) {
                    read.add(catalog);
                }

                @Override
                public void failure(String file, String reason) {
                    throw new AssertionError(file + ": " + reason);
                }
            }, Progress.NONE);
        }
        assertEquals(1, read.size());
        ReportCatalog c = read.get(0);
        assertEquals("docx", c.doc().format());
        assertEquals("某某县医疗保障局政府信息公开目录", c.doc().title());
        assertEquals("16项", c.doc().meta().get("二级事项"));
        assertEquals(List.of(WarningCode.ENCODING_GUESSED), c.doc().warnings().stream().map(Warning::code).toList());
        assertNotNull(c.readAt(), "when it was read, as the store kept it");
    }
}

package org.gkml.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.CatalogSearcher;
import org.gkml.index.SearchRequest;
import org.gkml.index.SearchResult;
import org.gkml.pipeline.CatalogReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API over HTTP, on an index ingested from the sample catalogs. */
class ServerApiTest {

    static GkmlServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        server = ServedData.start(ServedData.data());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    record Response(int status, HttpResponse<byte[]> raw) {
        JsonNode json() throws IOException {
            return CatalogJson.MAPPER.readTree(raw.body());
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    static Response get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).GET().build());
    }

    static Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
        Response r = get(pathAndQuery);
        assertEquals(200, r.status(), () -> pathAndQuery + " → " + new String(r.raw().body(), StandardCharsets.UTF_8));
        assertTrue(r.header("Content-Type").startsWith("application/json"));
        return r.json();
    }

    static List<String> texts(JsonNode array, String key) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(key).asText(null)));
        return out;
    }

    @Test
    void healthCountsTheIndexAndNamesTheLastRun() throws Exception {
        JsonNode h = ok("/api/health");
        assertEquals("ok", h.path("status").asText());
        assertEquals(6, h.path("index").path("documents").asInt(), "five sample catalogs and the markup catalog");
        long entries = h.path("index").path("entries").asLong();
        assertEquals(entries, h.path("last_ingest").path("counts").path("entries").asLong());
        assertEquals("ok", h.path("last_ingest").path("outcome").asText());
        assertFalse(h.path("ingest_running").asBoolean());
    }

    @Test
    void searchAnswersAsGkmlSearchDoes() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("异地就医") + "&limit=2");
        SearchResult direct;
        try (CatalogSearcher s = CatalogSearcher.open(ServedData.data(), org.gkml.index.analysis.Synonyms.of(org.gkml.vocabulary.Mappings.builtIn()))) {
            direct = s.search(new SearchRequest("异地就医", Map.of(), 2, null, true));
        }
        assertEquals(direct.totalHits(), r.path("total").asLong());
        assertTrue(direct.totalHits() > 2, "the sample catalogs have several 异地就医 entries");
        assertEquals(direct.hits().stream().map(SearchResult.Hit::item).toList(), texts(r.path("hits"), "item"));
        JsonNode first = r.path("hits").get(0);
        for (String key : List.of("doc_id", "source", "agency", "region", "item", "score", "highlights", "entry_id", "catalog_id")) {
            assertTrue(first.has(key), "a hit has " + key + ": " + first);
        }
        assertTrue(first.path("highlights").toString().contains("【异地就医】"), first.path("highlights").toString());
        assertTrue(r.path("facets").path("province").size() > 0);
    }

    @Test
    void aHitsEntryIdOpensThatEntry() throws Exception {
        JsonNode hit = ok("/api/search?q=" + enc("异地就医") + "&limit=1").path("hits").get(0);
        JsonNode entry = ok("/api/entries/" + hit.path("entry_id").asText());
        assertEquals(hit.path("item").asText(), entry.path("item").asText());
        assertEquals(hit.path("source_ref").asText(), entry.path("source_ref").asText());
        assertEquals(hit.path("catalog_id").asText(), entry.path("catalog_id").asText());
    }

    @Test
    void filtersNarrowAndFacetsCountTheMatches() throws Exception {
        JsonNode all = ok("/api/search?q=" + enc("信息公开"));
        JsonNode provinces = all.path("facets").path("province");
        assertTrue(provinces.size() >= 1);
        String province = provinces.get(0).path("value").asText();
        int count = provinces.get(0).path("count").asInt();
        JsonNode narrowed = ok("/api/search?q=" + enc("信息公开") + "&filter=" + enc("province:" + province) + "&limit=100");
        assertEquals(count, narrowed.path("total").asInt());
        narrowed.path("hits").forEach(h -> assertEquals(province, h.path("region").path("province").asText()));
        assertEquals(province, narrowed.path("filters").path("province").get(0).asText(), "the answer says what it was asked");
    }

    @Test
    void groupingByAgencyPutsEveryHitUnderItsAgency() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("异地就医") + "&group_by=agency&limit=2");
        assertTrue(r.path("groups").size() >= 2, "the sample has several bureaus with 异地就医 entries");
        Set<String> groups = new HashSet<>(texts(r.path("groups"), "value"));
        for (JsonNode h : r.path("hits")) {
            assertEquals(h.path("agency").asText(null), h.path("group").asText(null));
            assertTrue(groups.contains(h.path("group").asText(null)));
        }
        assertEquals(r.path("groups").size(), r.path("groups_total").asInt());
        JsonNode firstTwo = ok("/api/search?q=" + enc("异地就医") + "&group_by=agency&limit=2&groups=2");
        assertEquals(2, firstTwo.path("groups").size());
        assertEquals(r.path("groups_total").asInt(), firstTwo.path("groups_total").asInt());
        assertEquals(texts(r.path("groups"), "value").subList(0, 2), texts(firstTwo.path("groups"), "value"), "the best groups come first");
        for (JsonNode g : r.path("groups")) {
            long inGroup = 0;
            for (JsonNode h : r.path("hits")) if (h.path("group").asText("").equals(g.path("value").asText(""))) inGroup++;
            assertTrue(inGroup >= 1 && inGroup <= 2, "limit is per group");
        }
    }

    @Test
    void pagesFollowOneAnother() throws Exception {
        List<String> four = texts(ok("/api/search?q=" + enc("公开") + "&limit=4").path("hits"), "entry_id");
        List<String> first = texts(ok("/api/search?q=" + enc("公开") + "&limit=2&offset=0").path("hits"), "entry_id");
        List<String> second = texts(ok("/api/search?q=" + enc("公开") + "&limit=2&offset=2").path("hits"), "entry_id");
        assertEquals(4, four.size());
        assertEquals(four.subList(0, 2), first);
        assertEquals(four.subList(2, 4), second);
    }

    /**
     * One catalog in two files folds into one hit per entry, while total counts both copies: the pages end before
     * total / limit, and "more" says where, so a pager does not lead to empty pages.
     */
    @Test
    void moreSaysWhetherANextPageHoldsHitsWhenCopiesFold(@TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("catalogs"));
        Files.copy(Path.of("corpus", "004_43e84b5de54c8a3d.txt"), tree.resolve("a.txt"));
        Files.copy(Path.of("corpus", "004_43e84b5de54c8a3d.txt"), tree.resolve("b.txt"));
        Path data = tmp.resolve("data");
        assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
        try (GkmlServer own = ServedData.start(data)) {
            HttpClient c = HttpClient.newHttpClient();
            java.util.function.Function<String, JsonNode> get = q -> {
                try {
                    return CatalogJson.MAPPER.readTree(c.send(HttpRequest.newBuilder(URI.create(own.url() + "api/search?" + q)).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            JsonNode all = get.apply("limit=100");
            long total = all.path("total").asLong();
            int shown = all.path("hits").size();
            assertEquals(2 * shown, total, "each entry is in both files and folds into one hit");
            assertFalse(all.path("more").asBoolean(true));
            JsonNode first = get.apply("limit=" + (shown - 1));
            assertTrue(first.path("more").asBoolean(false), "one hit is left for the next page");
            JsonNode last = get.apply("limit=" + (shown - 1) + "&offset=" + (shown - 1));
            assertEquals(1, last.path("hits").size());
            assertFalse(last.path("more").asBoolean(true), "the last page says so, though offset + limit < total");
            JsonNode exact = get.apply("limit=" + shown);
            assertFalse(exact.path("more").asBoolean(true), "a page ending with the last hit has no next");
            assertEquals(shown, exact.path("hits").size());
        }
    }

    /** A catalog writing 【 】 itself: the highlight's parts keep those as text and mark only the match. */
    @Test
    void highlightPartsTellTheCatalogsBracketsFromMatchMarks(@TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("catalogs"));
        Files.writeString(tree.resolve("brackets.csv"), "序号,一级事项,二级事项,公开内容,公开时限,公开主体,公开渠道\n"
                + "1,社会救助,低保对象,【主动公开】城乡低保对象名单,10个工作日内,某县民政局,政府网站\n"
                + "2,社会救助,特困供养,【主动公开】特困人员名单,10个工作日内,某县民政局,政府网站\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
        try (GkmlServer own = ServedData.start(data)) {
            JsonNode r = CatalogJson.MAPPER.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(own.url() + "api/search?q=" + enc("城乡低保"))).build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode hit = r.path("hits").path(0);
            assertEquals("【主动公开】城乡低保对象名单", hit.path("content").asText());
            assertTrue(hit.path("highlights").path("content").asText().contains("【主动公开】"), "the snippet alone cannot tell");
            List<String> parts = new ArrayList<>();
            hit.path("highlight_parts").path("content").forEach(p -> parts.add(p.asText()));
            assertEquals("【主动公开】", parts.get(0), parts.toString());
            for (int i = 1; i < parts.size(); i += 2) assertFalse(parts.get(i).contains("主动公开"), "only the query's words are matches: " + parts);
            assertEquals("【主动公开】城乡低保对象名单", String.join("", parts));
        }
    }

    /** A one-character query finds the bigrams holding its character; its hits mark the character, not the bigrams. */
    @Test
    void aOneCharacterQueryMarksTheCharacterItMatched() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("医"));
        assertTrue(r.path("hits").size() > 0, r.toString());
        int matches = 0;
        for (JsonNode hit : r.path("hits")) {
            for (var f : (Iterable<Map.Entry<String, JsonNode>>) hit.path("highlights")::fields) {
                JsonNode parts = hit.path("highlight_parts").path(f.getKey());
                for (int i = 1; i < parts.size(); i += 2) {
                    assertEquals("医", parts.get(i).asText(), f.getKey() + " of " + hit.path("item").asText() + ": " + parts);
                    matches++;
                }
            }
        }
        assertTrue(matches > 0, r.toString());
        // beside a longer term, that term's phrase keeps its whole match
        JsonNode both = ok("/api/search?q=" + enc("医 异地就医") + "&limit=1").path("hits").path(0);
        List<String> parts = new ArrayList<>();
        both.path("highlight_parts").forEach(field -> field.forEach(p -> parts.add(p.asText())));
        assertTrue(parts.contains("异地就医"), both.toString());
    }

    /**
     * The parts come from where the highlighter found its matches: "other" (the text of several columns, which no
     * record key holds) keeps its marks though the entry writes brackets of its own.
     */
    @Test
    void highlightPartsOfTextsOfSeveralColumnsKeepTheirMarksBesideTheCatalogsBrackets(@TempDir Path tmp) throws Exception {
        Path tree = Files.createDirectories(tmp.resolve("catalogs"));
        Files.writeString(tree.resolve("brackets.csv"), "序号,一级事项,二级事项,公开内容,公开时限,公开主体,公开渠道,备注\n"
                + "1,社会救助,低保对象,城乡低保对象名单,10个工作日内,某县民政局,政府网站,【重点】按季度更新\n"
                + "2,社会救助,特困供养,特困人员名单,10个工作日内,某县民政局,政府网站,【重点】按月更新\n", StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");
        assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
        try (GkmlServer own = ServedData.start(data)) {
            JsonNode r = CatalogJson.MAPPER.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(own.url() + "api/search?q=" + enc("按季度更新"))).build(), HttpResponse.BodyHandlers.ofString()).body());
            JsonNode hit = r.path("hits").path(0);
            assertEquals("低保对象", hit.path("item").asText(), r.toString());
            assertTrue(hit.path("highlights").has("other"), hit.toString());
            List<String> parts = new ArrayList<>();
            hit.path("highlight_parts").path("other").forEach(p -> parts.add(p.asText()));
            assertEquals(3, parts.size(), hit.toString());
            assertEquals("按季度更新", parts.get(1));
            assertTrue(parts.get(0).endsWith("【重点】"), parts.toString());
        }
    }

    /**
     * A facet lists its ten most frequent values and says when it has more (facets_more); facet_more=KEY lists the
     * rest of that key's values, still counted exactly over every match, so together they add up to the total.
     */
    @Test
    void facetMoreListsEveryValueOfOneFacetWithExactCounts() throws Exception {
        try (GkmlServer own = ServedData.start(ServedData.manySources())) {
            HttpClient c = HttpClient.newHttpClient();
            java.util.function.Function<String, JsonNode> get = q -> {
                try {
                    HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(own.url() + "api/search?" + q)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, r.statusCode(), q + " → " + r.body());
                    return CatalogJson.MAPPER.readTree(r.body());
                } catch (IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            };
            int n = ServedData.SOURCES;
            JsonNode first = get.apply("q=" + enc("低保"));
            assertEquals(n * (n + 1) / 2, first.path("total").asInt(), "file i holds i entries");
            assertEquals(SearchRequest.FACET_VALUES, first.path("facets").path("source").size());
            assertEquals(List.of("source"), texts(first.path("facets_more")), "only the source facet has more values");

            JsonNode all = get.apply("q=" + enc("低保") + "&facet_more=source");
            JsonNode sources = all.path("facets").path("source");
            assertEquals(n, sources.size());
            assertEquals(List.of(), texts(all.path("facets_more")));
            int sum = 0;
            for (int i = 0; i < n; i++) {
                assertEquals(n - i, sources.get(i).path("count").asInt(), "most frequent first, each counted exactly: " + sources);
                sum += sources.get(i).path("count").asInt();
            }
            assertEquals(all.path("total").asInt(), sum, "every match has one source");
            for (int i = 0; i < SearchRequest.FACET_VALUES; i++) assertEquals(first.path("facets").path("source").get(i), sources.get(i));
            assertEquals(first.path("hits"), all.path("hits"), "the hits do not change");

            JsonNode eleven = get.apply("q=" + enc("低保") + "&facet_more=source&facet_limit=11");
            assertEquals(11, eleven.path("facets").path("source").size());
            assertEquals(List.of("source"), texts(eleven.path("facets_more")));

            // the least frequent source, the one the first ten leave out, filters to its own count
            String last = sources.get(n - 1).path("value").asText();
            JsonNode narrowed = get.apply("q=" + enc("低保") + "&filter=" + enc("source:" + last) + "&facet_more=source");
            assertEquals(1, narrowed.path("total").asInt());
            assertEquals(n, narrowed.path("facets").path("source").size(), "a chosen key's own facet ignores its filter");
        }
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void badParametersAre400WithAMessage() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/search?filter=" + enc("colour:红"), "unknown filter key 'colour'",
                "/api/search?filter=province", "filter wants KEY:VALUE",
                "/api/search?limit=0", "limit must be from 1 to 100",
                "/api/search?limit=101", "limit must be from 1 to 100",
                "/api/search?limit=ten", "limit must be a whole number",
                "/api/search?offset=999999", "offset must be from 0 to 5000",
                "/api/search?group_by=colour", "cannot group by 'colour'",
                "/api/search?q=" + enc("医".repeat(201)), "q is too long",
                "/api/search?q=a&q=b", "q given 2 times");
        Map<String, String> facetCases = Map.of(
                "/api/search?facet_more=colour", "unknown facet_more key 'colour'",
                "/api/search?facet_more=source&facet_limit=0", "facet_limit must be from 1 to 500",
                "/api/search?facet_more=source&facet_limit=501", "facet_limit must be from 1 to 500",
                "/api/search?facet_limit=50", "facet_limit needs facet_more");
        Map<String, String> all = new java.util.LinkedHashMap<>(cases);
        all.putAll(facetCases);
        for (Map.Entry<String, String> c : all.entrySet()) {
            Response r = get(c.getKey());
            assertEquals(400, r.status(), c.getKey());
            JsonNode body = r.json();
            assertEquals(400, body.path("status").asInt());
            assertTrue(body.path("message").asText().contains(c.getValue()), c.getKey() + " → " + body);
        }
    }

    @Test
    void unknownIdsAre404AndNoPathReachesTheFileSystem() throws Exception {
        for (String path : List.of("/api/entries/0123456789abcdef-0", "/api/entries/nonsense", "/api/catalogs/0123456789abcdef",
                "/api/catalogs/" + enc("../../etc/passwd"), "/api/catalogs/..%2F..%2Fetc%2Fpasswd/file", "/api/catalogs/0123456789abcdef/file",
                "/api/nothing", "/assets/" + enc("../index.html"), "/assets/secret.txt")) {
            Response r = get(path);
            assertEquals(404, r.status(), path);
            String body = new String(r.raw().body(), StandardCharsets.UTF_8);
            assertFalse(body.contains("root:"), path);
            assertEquals(404, r.json().path("status").asInt(), path + " → " + body);
        }
        JsonNode some = ok("/api/search?limit=1").path("hits").get(0);
        String catalog = some.path("catalog_id").asText();
        assertEquals(404, get("/api/entries/" + catalog + "-99999").status());
    }

    @Test
    void writesAreRefused() throws Exception {
        Response r = send(HttpRequest.newBuilder(URI.create(server.url() + "api/search")).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertEquals(405, r.status());
        assertEquals(405, r.json().path("status").asInt());
    }

    @Test
    void aCatalogIsItsExtractAndItsEntriesInOrder() throws Exception {
        Path file = ServedData.catalogs().resolve("001_d1b07a4c651a3051.txt");
        String id = CatalogId.of(file.toAbsolutePath().normalize().toString());
        JsonNode catalog = ok("/api/catalogs/" + id);
        JsonNode extracted = CatalogJson.toJson(new CatalogReader(org.gkml.vocabulary.Mappings.builtIn()).read(file));
        assertEquals(extracted, catalog);
        JsonNode entries = ok("/api/catalogs/" + id + "/entries");
        assertEquals(extracted.path("entries").size(), entries.path("items").size());
        assertEquals(extracted.path("entries").size(), entries.path("entries").asInt());
        for (int i = 0; i < entries.path("items").size(); i++) {
            JsonNode e = entries.path("items").get(i);
            assertEquals(id + "-" + i, e.path("entry_id").asText());
            assertEquals(extracted.path("entries").get(i).path("item"), e.path("item"));
        }
        JsonNode listed = ok("/api/catalogs");
        assertEquals(6, listed.size());
        assertTrue(texts(listed, "id").contains(id));
    }

    @Test
    void theOriginalFileDownloadsAsAnAttachment() throws Exception {
        Path file = ServedData.catalogs().resolve("xss_catalog.html");
        String id = CatalogId.of(file.toAbsolutePath().normalize().toString());
        Response r = get("/api/catalogs/" + id + "/file");
        assertEquals(200, r.status());
        assertArrayEquals(Files.readAllBytes(file), r.raw().body());
        assertEquals("application/octet-stream", r.header("Content-Type"));
        assertTrue(r.header("Content-Disposition").startsWith("attachment;"), r.header("Content-Disposition"));
        assertTrue(r.header("Content-Disposition").contains("filename*=UTF-8''xss_catalog.html"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/assets/app.js", "/api/health", "/api/search?limit=0")) {
            Response r = get(path);
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
            assertEquals("DENY", r.header("X-Frame-Options"), path);
        }
        Response page = get("/");
        String html = new String(page.raw().body(), StandardCharsets.UTF_8);
        assertTrue(page.header("Content-Type").startsWith("text/html"));
        assertFalse(html.matches("(?s).*<script>.*"), "no inline script");
        assertFalse(html.contains("http://") || html.contains("https://"), "every asset comes from the server itself");
    }

    @Test
    void catalogTextIsReturnedAsDataNotMarkup() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("脚本注入检查"));
        assertEquals(1, r.path("total").asInt());
        assertEquals("脚本注入检查<script>alert(1)</script>", r.path("hits").get(0).path("item").asText());
    }

    @Test
    void aClientOverTheRateLimitGets429() throws Exception {
        try (GkmlServer limited = GkmlServer.start(new GkmlServer.Options(ServedData.data(), "127.0.0.1", 0, 1, java.time.Duration.ofSeconds(1), org.gkml.vocabulary.Mappings.builtIn()),
                new java.io.PrintWriter(System.err, true))) {
            HttpRequest health = HttpRequest.newBuilder(URI.create(limited.url() + "api/health")).build();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 4; i++) statuses.add(http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode());
            assertEquals(200, statuses.get(0));
            assertTrue(statuses.contains(429), statuses.toString());
            HttpResponse<String> refused = http.send(health, HttpResponse.BodyHandlers.ofString());
            assertEquals(429, refused.statusCode());
            assertEquals("1", refused.headers().firstValue("Retry-After").orElse(null));
            assertEquals(429, CatalogJson.MAPPER.readTree(refused.body()).path("status").asInt());
        }
    }

    /** A second server on its own data folder: an ingest that commits while it serves is seen without a restart. */
    @Test
    void aNewIngestCommitIsSeenWithoutRestart(@TempDir Path tmp) throws Exception {
        Path tree = tmp.resolve("catalogs");
        Files.createDirectories(tree);
        ServedData.copyResource("xss_catalog.html", tree);
        Path data = tmp.resolve("data");
        assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
        try (GkmlServer own = ServedData.start(data)) {
            HttpClient c = HttpClient.newHttpClient();
            String base = own.url();
            String query = base + "api/search?q=" + enc("异地就医");
            assertEquals(0, CatalogJson.MAPPER.readTree(c.send(HttpRequest.newBuilder(URI.create(query)).build(), HttpResponse.BodyHandlers.ofString()).body()).path("total").asInt());
            Files.copy(Path.of("corpus", "001_d1b07a4c651a3051.txt"), tree.resolve("001.txt"));
            assertEquals(org.gkml.ingest.RunOutcome.OK, ServedData.ingest(tree, data).outcome());
            long total = 0;
            for (int i = 0; i < 50 && total == 0; i++) {
                Thread.sleep(100);
                total = CatalogJson.MAPPER.readTree(c.send(HttpRequest.newBuilder(URI.create(query)).build(), HttpResponse.BodyHandlers.ofString()).body()).path("total").asLong();
            }
            assertTrue(total > 0, "the new catalog is searchable within 5 s of its commit");
            assertEquals(2, CatalogJson.MAPPER.readTree(c.send(HttpRequest.newBuilder(URI.create(base + "api/health")).build(), HttpResponse.BodyHandlers.ofString()).body()).path("index").path("documents").asInt());

            // The file changes after the ingest: the index describes the old bytes, so they are not served as its original.
            String id = CatalogId.of(tree.resolve("001.txt").toAbsolutePath().normalize().toString());
            Files.writeString(tree.resolve("001.txt"), "changed", StandardCharsets.UTF_8);
            HttpResponse<String> changed = c.send(HttpRequest.newBuilder(URI.create(base + "api/catalogs/" + id + "/file")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(409, changed.statusCode());
            assertTrue(changed.body().contains("changed since it was ingested"), changed.body());
        }
    }
}

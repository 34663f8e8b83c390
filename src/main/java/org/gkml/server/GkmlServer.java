package org.gkml.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.apache.lucene.search.IndexSearcher;
import org.gkml.catalog.CatalogJson;
import org.gkml.index.SearchResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code gkml serve}: the search page and the JSON API over one data folder's index or one SolrCloud collection, on
 * Javalin (Jetty). Every request answers from one index commit; a background check picks up new commits of a running
 * ingest.
 */
public final class GkmlServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param dataDir    the data folder `gkml ingest` fills: its index, or with {@code solr} only its run reports
     *                   (null: none)
     * @param rateLimit  requests per second per client address (0: no limit)
     * @param solr       a SolrCloud cluster's ZooKeeper hosts or Solr URLs to answer from instead of the data
     *                   folder's index (null: the data folder's)
     * @param collection the collection on {@code solr}
     */
    public record Options(Path dataDir, String host, int port, int rateLimit, java.time.Duration refreshEvery,
                          org.gkml.vocabulary.Mappings mappings, String solr, String collection) {
        public static final int DEFAULT_RATE_LIMIT = 50;

        public Options {
            if (solr == null && dataDir == null) throw new IllegalArgumentException("serve needs a data folder or a SolrCloud collection");
            if (solr != null && (collection == null || collection.isBlank())) throw new IllegalArgumentException("--solr needs a collection, got '" + collection + "'");
        }

        /** Serves the data folder's embedded index. */
        public Options(Path dataDir, String host, int port, int rateLimit, java.time.Duration refreshEvery, org.gkml.vocabulary.Mappings mappings) {
            this(dataDir, host, port, rateLimit, refreshEvery, mappings, null, null);
        }

        public static Options of(Path dataDir, String host, int port, org.gkml.vocabulary.Mappings mappings) {
            return new Options(dataDir, host, port, DEFAULT_RATE_LIMIT, java.time.Duration.ofSeconds(1), mappings);
        }
    }

    /** The only script, style and image sources the page uses are its own files: no inline script, no CDN. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String ERROR_SENT = "gkml.error-sent";
    private static final java.time.Duration SEARCH_WAIT = java.time.Duration.ofSeconds(20);

    private final java.util.concurrent.Semaphore searchSlots = new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);

    private final Options options;
    private final IndexViews views;
    private final OriginalFiles files;
    private final RateLimiter limiter;
    private final WebAssets assets = new WebAssets();
    private final ScheduledExecutorService refresher;
    private final PrintWriter log;
    private final Javalin app;

    private GkmlServer(Options options, IndexViews views, PrintWriter log) {
        this.options = options;
        this.views = views;
        this.files = new OriginalFiles(options.mappings());
        this.log = log;
        this.limiter = new RateLimiter(options.rateLimit());
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gkml-index-refresh");
            t.setDaemon(true);
            return t;
        });
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.generateEtags = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = 64 * 1024;
            config.routes.before(this::guard);
            config.routes.get("/", ctx -> asset(ctx, "index.html"));
            config.routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
            config.routes.get("/api/health", ctx -> withView(ctx, v -> Health.of(options.dataDir(), v)));
            config.routes.get("/api/search", this::search);
            config.routes.get("/api/catalogs", ctx -> withView(ctx, this::catalogs));
            config.routes.get("/api/catalogs/{id}", ctx -> withView(ctx, v -> catalog(v, ctx.pathParam("id"))));
            config.routes.get("/api/catalogs/{id}/entries", ctx -> withView(ctx, v -> catalogEntries(v, ctx.pathParam("id"))));
            config.routes.get("/api/catalogs/{id}/file", this::file);
            config.routes.get("/api/entries/{id}", ctx -> withView(ctx, v -> entry(v, ctx.pathParam("id"))));
            config.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.getCause() != null) log.println("gkml serve: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage() + ": " + e.getCause().getMessage());
                fail(ctx, e.status(), e.getMessage());
            });
            config.routes.exception(IndexSearcher.TooManyClauses.class, (e, ctx) -> fail(ctx, 400, "the query has too many words to search at once; search for fewer"));
            config.routes.exception(Exception.class, (e, ctx) -> {
                // A bug must not show the client a stack trace; the operator gets one line to report.
                log.println("gkml serve: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
                fail(ctx, 500, "internal error; the server log names it");
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_SENT) == null) fail(ctx, 404, "no such page: " + ctx.path());
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(ERROR_SENT) == null) fail(ctx, 405, ctx.method() + " is not allowed here; the API only reads (GET)");
            });
        });
    }

    /** Opens the index and starts listening; fails with {@link org.gkml.index.IndexMissingException} before any ingest. */
    public static GkmlServer start(Options options, PrintWriter log) throws IOException {
        IndexViews views = options.solr() != null ? IndexViews.solr(options.solr(), options.collection())
                : IndexViews.open(options.dataDir(), org.gkml.index.analysis.Synonyms.of(options.mappings()));
        GkmlServer server = new GkmlServer(options, views, log);
        try {
            server.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        server.warmUp();
        long every = options.refreshEvery().toMillis();
        server.refresher.scheduleWithFixedDelay(server::refresh, every, every, TimeUnit.MILLISECONDS);
        return server;
    }

    /** The first search loads the analysers' dictionaries; done here, the first visitor does not wait for it. */
    private void warmUp() {
        try {
            IndexView v = views.acquire();
            try {
                v.search(org.gkml.index.SearchRequest.of("公开", 1));
            } finally {
                views.release(v);
            }
        } catch (IOException | RuntimeException e) {
            log.println("gkml serve: a first search failed: " + e.getMessage());
        }
    }

    public int port() {
        return app.port();
    }

    /** The address to open, e.g. {@code http://127.0.0.1:8080/}. */
    public String url() {
        String h = options.host();
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port() + "/";
    }

    /** Looks for a newer commit now (the background check does this every second). */
    public void refresh() {
        try {
            views.maybeRefresh();
            lastRefreshFailure = null;
        } catch (IOException | RuntimeException e) {
            // A commit being written, or a folder moved away: keep answering from the last good view, and say so
            // once rather than every second.
            String why = String.valueOf(e.getMessage());
            if (!why.equals(lastRefreshFailure)) log.println("gkml serve: cannot open the newest index commit; still answering from the last one: " + why);
            lastRefreshFailure = why;
        }
    }

    private volatile String lastRefreshFailure;

    public int documents() {
        return withViewValue(IndexView::documents);
    }

    public long entries() {
        return withViewValue(IndexView::entries);
    }

    private <T> T withViewValue(java.util.function.Function<IndexView, T> f) {
        try {
            IndexView v = views.acquire();
            try {
                return f.apply(v);
            } finally {
                views.release(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- handlers ---

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!limiter.allow(ctx.ip())) {
            ctx.header("Retry-After", "1");
            throw new ApiException(429, "too many requests from " + ctx.ip() + "; at most " + options.rateLimit() + " a second");
        }
    }

    private void asset(Context ctx, String name) {
        WebAssets.Asset a = assets.get(name);
        if (a == null) throw ApiException.notFound("no such page: " + ctx.path());
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    @FunctionalInterface
    private interface ViewHandler {
        JsonNode answer(IndexView view) throws IOException;
    }

    private void withView(Context ctx, ViewHandler h) throws IOException {
        IndexView v = views.acquire();
        try {
            json(ctx, 200, h.answer(v));
        } finally {
            views.release(v);
        }
    }

    private void search(Context ctx) throws IOException {
        SearchParams p = SearchParams.parse(ctx.queryParamMap());
        String key = p.toString();
        IndexView v = views.acquire();
        try {
            byte[] answer = v.answer(key);
            if (answer == null) {
                answer = searchGated(p, v);
                v.remember(key, answer);
            }
            ctx.status(200).contentType("application/json; charset=utf-8").result(answer);
            ctx.header("Cache-Control", "no-store");
        } finally {
            views.release(v);
        }
    }

    /**
     * Searches no more at once than there are cores: a search is CPU work from start to end, and more of them side by
     * side only make all of them slow (and the cheap requests behind them). A request that cannot start within
     * {@link #SEARCH_WAIT} is told to come back (503) rather than queue without bound.
     */
    private byte[] searchGated(SearchParams p, IndexView v) throws IOException {
        boolean got;
        try {
            got = searchSlots.tryAcquire(SEARCH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) throw new ApiException(503, "the server is busy searching; try again in a moment");
        try {
            SearchResult r = v.search(p.request());
            ObjectNode o = ApiJson.search(p, r, v);
            if (r.totalHits() == 0 && !p.filters().isEmpty()) o.set("unknown_filter_values", unknownValues(v, p));
            return CatalogJson.MAPPER.writeValueAsBytes(o);
        } finally {
            searchSlots.release();
        }
    }

    /** Filters match exactly; a value no entry has is named, with the values there are, as `gkml search` does. */
    private static ArrayNode unknownValues(IndexView v, SearchParams p) throws IOException {
        ArrayNode out = CatalogJson.MAPPER.createArrayNode();
        for (var f : p.filters().entrySet()) {
            List<SearchResult.FacetCount> known = v.values(f.getKey(), 20);
            for (String value : f.getValue()) {
                if (known.stream().noneMatch(k -> k.value().equals(value))) {
                    ObjectNode u = out.addObject().put("key", f.getKey()).put("value", value);
                    ArrayNode k = u.putArray("known");
                    known.forEach(c -> k.add(c.value()));
                }
            }
        }
        return out;
    }

    private JsonNode catalogs(IndexView v) throws IOException {
        ArrayNode out = CatalogJson.MAPPER.createArrayNode();
        for (IndexView.Catalog c : v.catalogs()) {
            IndexView.StoredEntry first = v.firstEntry(c);
            out.add(ApiJson.catalogSummary(c, first == null ? null : first.record()));
        }
        return out;
    }

    private static IndexView.Catalog catalogOf(IndexView v, String id) {
        IndexView.Catalog c = CatalogId.isCatalog(id) ? v.catalog(id) : null;
        if (c == null) throw ApiException.notFound("no catalog with id '" + id + "'");
        return c;
    }

    private JsonNode catalog(IndexView v, String id) throws IOException {
        IndexView.Catalog c = catalogOf(v, id);
        return CatalogJson.toJson(files.catalog(c));
    }

    private JsonNode catalogEntries(IndexView v, String id) throws IOException {
        IndexView.Catalog c = catalogOf(v, id);
        List<IndexView.StoredEntry> es = v.entries(c);
        ObjectNode o = ApiJson.catalogSummary(c, es.isEmpty() ? null : es.get(0).record());
        ArrayNode entries = o.putArray("items");
        for (IndexView.StoredEntry e : es) entries.add(ApiJson.entry(c, e));
        return o;
    }

    private JsonNode entry(IndexView v, String id) throws IOException {
        CatalogId.EntryRef ref = CatalogId.parseEntry(id);
        IndexView.Catalog c = ref == null ? null : v.catalog(ref.catalogId());
        if (c != null) {
            for (IndexView.StoredEntry e : v.entries(c)) {
                if (e.ordinal() == ref.ordinal()) return ApiJson.entry(c, e);
            }
        }
        throw ApiException.notFound("no entry with id '" + id + "'");
    }

    private void file(Context ctx) throws IOException {
        IndexView v = views.acquire();
        IndexView.Catalog c;
        try {
            c = catalogOf(v, ctx.pathParam("id"));
        } finally {
            views.release(v);
        }
        Path p = files.file(c);
        String name = p.getFileName().toString();
        // Served as a download, never rendered: an HTML catalog must not run in the page's origin.
        ctx.contentType("application/octet-stream");
        ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName(name) + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.result(Files.newInputStream(p));
    }

    private static String asciiName(String name) {
        String dot = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        return "catalog" + dot.replaceAll("[^A-Za-z0-9.]", "");
    }

    private static void json(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(CatalogJson.MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Cache-Control", "no-store");
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.attribute(ERROR_SENT, true);
        json(ctx, status, ApiJson.error(status, message));
    }

    @Override
    public void close() {
        refresher.shutdownNow();
        try {
            app.stop();
        } finally {
            try {
                views.close();
            } catch (IOException e) {
                log.println("gkml serve: closing the index: " + e.getMessage());
            }
            files.close();
        }
    }
}

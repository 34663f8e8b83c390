package org.gkml.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The page's files, shipped in the jar; only these names are served, so no request path reaches a resource lookup. */
final class WebAssets {

    record Asset(String contentType, byte[] bytes) {
    }

    private static final Map<String, String> TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, Asset> assets;

    WebAssets() {
        java.util.HashMap<String, Asset> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> t : TYPES.entrySet()) m.put(t.getKey(), new Asset(t.getValue(), load(t.getKey())));
        this.assets = Map.copyOf(m);
    }

    /** The asset, or null for any other name. */
    Asset get(String name) {
        return assets.get(name);
    }

    private static byte[] load(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
            if (in == null) throw new IllegalStateException("the jar lacks the page file web/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.gkml.index.solr;

import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.Utils;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SolrCloud cluster as gkml reaches it: {@code --solr} names either the cluster's ZooKeeper ensemble
 * ({@code zk1:2181,zk2:2181/solr}), whose live nodes are then asked, or one or more Solr base URLs
 * ({@code http://a:8983/solr,http://b:8983/solr}). Requests go to the nodes in turn; a node that cannot be reached
 * is passed over for the next, so one node down does not stop ingest or search. Any node serves any request
 * (Solr forwards updates to the shard leaders and fans queries out to the shards).
 *
 * <p>The transport is the JDK's HTTP client (solrj's HttpJdkSolrClient), not solrj's Jetty client: Solr 9's
 * Jetty 10 would clash with the Jetty 12 under {@code gkml serve}.
 */
public final class SolrTarget implements Closeable {

    private final String spec;
    private final List<String> urls;
    private final ZkClientClusterStateProvider zk;
    private final Map<String, HttpJdkSolrClient> clients = new LinkedHashMap<>();
    private final AtomicInteger next = new AtomicInteger();

    private SolrTarget(String spec, List<String> urls, ZkClientClusterStateProvider zk) {
        this.spec = spec;
        this.urls = urls;
        this.zk = zk;
    }

    /** Connects to what {@code spec} names; a ZooKeeper ensemble that cannot be reached fails here. */
    public static SolrTarget connect(String spec) throws IOException {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("--solr needs ZooKeeper hosts or Solr URLs, got '" + spec + "'");
        String s = spec.strip();
        if (s.startsWith("http://") || s.startsWith("https://")) {
            List<String> urls = Arrays.stream(s.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                    .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).toList();
            return new SolrTarget(s, urls, null);
        }
        ZkClientClusterStateProvider zk = new ZkClientClusterStateProvider(s);
        try {
            zk.connect();
            return new SolrTarget(s, List.of(), zk);
        } catch (RuntimeException e) {
            zk.close();
            throw new IOException("cannot reach the ZooKeeper ensemble " + s + ": " + e.getMessage(), e);
        }
    }

    /** The base URLs of the nodes to ask, in the order given or (through ZooKeeper) of the live nodes. */
    public List<String> nodes() {
        if (zk == null) return urls;
        String scheme = zk.getClusterProperty("urlScheme", "http");
        return zk.getLiveNodes().stream().sorted().map(n -> Utils.getBaseUrlForNodeName(n, scheme)).toList();
    }

    /** Runs {@code request} on {@code collection} (null for cluster requests) on the first node that answers. */
    public <T extends SolrResponse> T request(SolrRequest<T> request, String collection) throws IOException {
        List<String> nodes = nodes();
        if (nodes.isEmpty()) throw new IOException("the SolrCloud cluster at " + spec + " has no live node");
        int start = Math.floorMod(next.getAndIncrement(), nodes.size());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String url = nodes.get((start + i) % nodes.size());
            try {
                return request.process(client(url), collection);
            } catch (SolrServerException | IOException e) {
                // the node did not answer (down, or restarting): the next one may
                failures.add(url + ": " + (e.getCause() == null ? e : e.getCause()));
            } catch (SolrException e) {
                // the node answered with an error (no such collection, a bad request): another node would too
                throw new IOException("Solr at " + url + " answered: " + e.getMessage(), e);
            }
        }
        throw new IOException("no Solr node answered (" + String.join("; ", failures) + ")");
    }

    private synchronized HttpJdkSolrClient client(String url) {
        return clients.computeIfAbsent(url, u -> new HttpJdkSolrClient.Builder(u)
                .useHttp1_1(true)
                .withConnectionTimeout(10, TimeUnit.SECONDS)
                .withRequestTimeout(10, TimeUnit.MINUTES)
                .build());
    }

    @Override
    public String toString() {
        return spec;
    }

    @Override
    public synchronized void close() throws IOException {
        IOException failed = null;
        for (HttpJdkSolrClient c : clients.values()) {
            try {
                c.close();
            } catch (IOException e) {
                failed = e;
            }
        }
        clients.clear();
        if (zk != null) zk.close();
        if (failed != null) throw failed;
    }
}

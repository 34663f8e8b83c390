package org.gkml.index.solr;

import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.util.ContentStreamBase;
import org.gkml.index.analysis.QueryStopWords;
import org.gkml.index.analysis.Synonyms;
import org.gkml.vocabulary.Mappings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Creates the collection gkml writes to: uploads gkml's configset, then makes the collection with it. */
public final class SolrCollections {

    /** The configset's files inside gkml's jar; the synonyms file is added from the mappings in effect. */
    static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "managed-schema.xml");
    private static final String CONFIGSET_FOLDER = "/org/gkml/index/solr/configset/";

    private SolrCollections() {
    }

    /** The configset's files by name: the schema and solrconfig shipped in the jar, and the search synonyms. */
    public static Map<String, byte[]> configset(Mappings mappings) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : CONFIGSET_FILES) {
            try (InputStream in = SolrCollections.class.getResourceAsStream(CONFIGSET_FOLDER + name)) {
                if (in == null) throw new IllegalStateException("gkml's jar lacks the configset file " + name);
                files.put(name, in.readAllBytes());
            }
        }
        StringBuilder tsv = new StringBuilder("# written by gkml solr init from the mappings in effect\n");
        for (String[] row : mappings.file(Synonyms.FILE).cellRows()) tsv.append(String.join("\t", row)).append('\n');
        files.put(Synonyms.FILE, tsv.toString().getBytes(StandardCharsets.UTF_8));
        files.put(QueryStopWords.FILE, ("# written by gkml solr init from the mappings in effect\n"
                + QueryStopWords.of(mappings).text()).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * Uploads the configset as {@code configName} (replacing an earlier upload of gkml's) and, unless the
     * collection exists, creates it with {@code shards} shards of {@code replicas} replicas each. Returns what
     * was done, for the user.
     */
    public static String init(SolrTarget solr, Mappings mappings, String collection, String configName, int shards, int replicas) throws IOException {
        if (shards < 1 || replicas < 1) throw new IllegalArgumentException("--shards and --replicas must be at least 1: " + shards + ", " + replicas);
        ContentStreamBase.ByteArrayStream zip = new ContentStreamBase.ByteArrayStream(zip(configset(mappings)), configName + ".zip", "application/zip");
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(configName).setUploadStream(zip).setOverwrite(true).setCleanup(true);
        solr.request(upload, null);
        @SuppressWarnings("unchecked")
        List<String> existing = (List<String>) solr.request(new CollectionAdminRequest.List(), null).getResponse().get("collections");
        if (existing != null && existing.contains(collection)) {
            // a new schema or synonyms take effect when the collection's cores reload
            solr.request(CollectionAdminRequest.reloadCollection(collection), null);
            return "configset " + configName + " uploaded; collection " + collection + " existed and was reloaded with it";
        }
        solr.request(CollectionAdminRequest.createCollection(collection, configName, shards, replicas), null);
        return "configset " + configName + " uploaded; collection " + collection + " created with " + shards + " shard(s) × " + replicas + " replica(s)";
    }
}

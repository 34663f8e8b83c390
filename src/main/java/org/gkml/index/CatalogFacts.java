package org.gkml.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.CatalogJson;

import java.io.IOException;

/**
 * What ingest keeps of a catalog beside its entries: the facts of the catalog as read (source, format, title,
 * agency, region, level, the facts outside its table such as the declared count of 二级事项, how many entries were
 * found, the reader's warnings with their positions) and when it was read. Stored on the catalog's marker document,
 * so they are committed with its entries, and written out one line per catalog to DATA/catalogs.jsonl.
 */
public final class CatalogFacts {

    private CatalogFacts() {
    }

    /** The facts of {@code doc}, read at {@code readAt} (ISO-8601 UTC), as one JSON line (doc_id first). */
    public static String json(String docId, CatalogDocument doc, String readAt) throws IOException {
        ObjectNode o = CatalogJson.MAPPER.createObjectNode();
        o.put("doc_id", docId);
        CatalogJson.putFacts(o, doc);
        o.put("entries", doc.entries().size());
        CatalogJson.putWarnings(o, doc);
        o.put("read_at", readAt);
        try {
            return CatalogJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot serialise the facts of " + docId, e);
        }
    }
}

package org.gkml.index;

import java.util.List;

/**
 * The names of the Lucene fields gkml writes, shared by the store (writing) and the searcher (reading).
 * Every text field is indexed twice: {@code name + WORDS} (HanLP words) and {@code name + BIGRAMS} (CJK bigrams,
 * stored, used for highlighting).
 */
public final class IndexFields {

    /** "entry" for one 二级事项, "catalog" for the one marker document per catalog. */
    public static final String TYPE = "type";
    public static final String TYPE_ENTRY = "entry";
    public static final String TYPE_CATALOG = "catalog";

    /** The catalog's identity (its normalised path), on every document of the catalog. */
    public static final String DOC_ID = "doc_id";
    /** The catalog's content hash, on the marker document. */
    public static final String HASH = "hash";
    /** The entry's position in its catalog, so exports keep document order. */
    public static final String ORDINAL = "ordinal";
    /** The full record as JSON (schema keys plus source, agency, region, level, doc_id). */
    public static final String RECORD = "record";
    /** On a catalog's marker: its facts as read (see {@link CatalogFacts}), one JSON object. */
    public static final String FACTS = "facts";
    /**
     * An entry's content hash as a number (doc values), over its record without where it was read from (doc_id,
     * source, source_ref): entries equal in it are one entry read from several files, folded into one hit.
     */
    public static final String CONTENT_HASH = "content_hash";
    /** The same hash as a keyword term, to find an entry's copies. */
    public static final String CONTENT_HASH_TERM = "content_hash.term";
    /** Prefix of the single-valued doc-values fields hits are grouped by ({@code group.agency}). */
    public static final String GROUP_PREFIX = "group.";

    /** The commit user data key naming the layout of the documents below; see {@link #FORMAT}. */
    public static final String FORMAT_KEY = "gkml.index";
    /**
     * The layout of the documents this code writes and reads. Raise it whenever a field is added, removed or
     * written differently: a searcher refuses an index of another layout and ingest rebuilds it.
     * 2: content hash and group doc values on every entry. 3: the catalog's facts on its marker. 4: every text
     * field on every document (empty where there is no text), so that its norms are dense.
     */
    public static final String FORMAT = "4";

    public static final String WORDS = ".words";
    public static final String BIGRAMS = ".bigrams";

    /** Text fields searched, most specific first. "other" collects the remaining text columns. */
    public static final String ITEM = "item";
    public static final String CATEGORY = "category";
    public static final String CONTENT = "content";
    public static final String BASIS = "basis";
    public static final String OTHER = "other";
    /** The catalog's agency and region, so that 宁夏 or 金凤区 in a query narrows to those catalogs. */
    public static final String PLACE = "place";
    public static final List<String> TEXT_FIELDS = List.of(ITEM, CATEGORY, CONTENT, BASIS, OTHER, PLACE);

    /** The names of the {@link FilterKey}s, for messages. */
    public static final List<String> KEYS = FilterKey.names();
    /** Prefix of the {@link FilterKey#field() keyword fields}. */
    public static final String KEYWORD_PREFIX = "kw.";

    private IndexFields() {
    }
}

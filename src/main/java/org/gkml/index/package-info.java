/**
 * Lucene write and search: one document per entry, the filter keys, facets and the search request and result
 * types. May import: table, catalog, vocabulary.
 */
package org.gkml.index;

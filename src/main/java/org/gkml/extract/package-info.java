/**
 * Format → table model. One contract ({@link org.gkml.extract.TableExtractor}) and one reader per format in the
 * sub-packages; format detection, text decoding, the limits and cancellation a read runs under, and the typed
 * exception for a file that cannot be read. May import: table, catalog, vocabulary.
 */
package org.gkml.extract;

/**
 * The table model, the ground floor: cells with their spans and text lines, tables, where a cell came from
 * ({@link org.gkml.table.Provenance}) and positioned warnings. Knows nothing of the catalog schema or of any file
 * format. Imports nothing from gkml.
 */
package org.gkml.table;

/**
 * Columns → schema: which header row is the header, what each column means, how rows group into entries
 * (一级事项 over 二级事项, merged cells, check-box columns). May import: table, catalog, vocabulary, extract.
 */
package org.gkml.mapping;

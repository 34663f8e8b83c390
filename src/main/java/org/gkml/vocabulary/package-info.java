/**
 * What the layouts say, read from the data files under mappings/: header labels and their fields, option words,
 * check marks, the columns merged over groups. Stages above take this knowledge from here rather than spelling
 * it in code. May import: table, catalog.
 */
package org.gkml.vocabulary;

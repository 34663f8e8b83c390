/** The analysis chain for Chinese search text: HanLP words, CJK bigrams, synonyms, the traditional fold. May import: what the index stage may. */
package org.gkml.index.analysis;

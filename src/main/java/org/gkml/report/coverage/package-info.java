/** The concordance of item names across catalogs (folded names, synonyms, a coordinator's corrections) and the coverage it gives. May import: what report may. */
package org.gkml.report.coverage;

/** Where a report's catalogs come from: the records of a data folder (with its run history) or files read by the pipeline. May import: what report may. */
package org.gkml.report.source;

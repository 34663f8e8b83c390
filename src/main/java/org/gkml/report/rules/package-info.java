/** The checks a coordinator sends back to a bureau, one small named classifier each, thresholds from mappings/report-rules.tsv. May import: what report may. */
package org.gkml.report.rules;

/** The one-page HTML summary of a report, charts as inline SVG. May import: what report may. */
package org.gkml.report.html;

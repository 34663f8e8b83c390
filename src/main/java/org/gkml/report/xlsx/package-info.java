/** The streaming workbook: sheets, columns, styles. May import: what report may. */
package org.gkml.report.xlsx;

/** Word (DOC/DOCX) and Excel (XLS/XLSX) → table model, through Apache POI, merges and symbol-font marks kept. May import: the extract stage and below. */
package org.gkml.extract.office;

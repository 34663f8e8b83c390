/**
 * PDF → table model, through PDFBox: glyphs and ruling lines per page, a grid from the rulings (lattice) or
 * from text alignment (stream) where there are none, tables continued across pages. May import: the extract
 * stage and below.
 */
package org.gkml.extract.pdf;

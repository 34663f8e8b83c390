/**
 * PDF → table model, through PDFBox: glyphs and ruling lines per page, a grid from the rulings (lattice) or
 * from text alignment (stream) where there are none, tables continued across pages. The assembly
 * ({@link org.gkml.extract.pdf.PageLayout}, from {@link org.gkml.extract.pdf.PageContent} per page) is public:
 * other fixed-layout formats (OFD) feed it the same glyph boxes and rulings. May import: the extract stage
 * and below.
 */
package org.gkml.extract.pdf;

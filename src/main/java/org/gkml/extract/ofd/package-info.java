/**
 * OFD (GB/T 33190, the national fixed-layout format) → table model, through ofdrw's reader: each page's text
 * objects become glyph boxes and its path objects ruling lines, fed to the same table assembly as PDF
 * ({@link org.gkml.extract.pdf.PageLayout}). May import: the extract stage (its pdf assembly included) and below.
 */
package org.gkml.extract.ofd;

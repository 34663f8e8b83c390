/**
 * Reading pictures of pages (scans, photographs, image-only PDF pages): the page image in grey, its skew and
 * quarter turn, its ruling lines found as long runs of dark pixels, and the text read by the Tesseract program
 * (a separate process, ended when the read is cancelled). Knows nothing of tables: the PDF reader builds the
 * cells from the lines this package finds, as it does from a PDF's drawn lines. May import: the extract stage
 * and below.
 */
package org.gkml.extract.ocr;

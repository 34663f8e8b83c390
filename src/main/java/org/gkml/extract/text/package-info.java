/**
 * Plain-text exports → table model: tab-separated Word exports and the harder PDF-flow text, whose columns must
 * be rebuilt from piece widths, cell signals and header labels. May import: the extract stage and below.
 */
package org.gkml.extract.text;

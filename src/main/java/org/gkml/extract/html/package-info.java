/** HTML portal pages (and saved MHTML archives) → table model, through jsoup. May import: the extract stage and below. */
package org.gkml.extract.html;

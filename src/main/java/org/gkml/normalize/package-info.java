/**
 * Field parsers and document facts: channels, deadlines, laws, responsible units, audience and mode options,
 * and the catalog facts (agency, region, level) from title, meta lines and file name. May import: everything
 * below mapping, and mapping.
 */
package org.gkml.normalize;

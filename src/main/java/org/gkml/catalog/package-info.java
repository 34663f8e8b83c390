/**
 * The unified catalog schema: {@link org.gkml.catalog.Field}, entries, a catalog document with its facts, and
 * their JSON form; plus the character-level helpers every stage compares text with (traditional → simplified
 * fold, word breaks). May import: table.
 */
package org.gkml.catalog;

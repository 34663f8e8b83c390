package org.gkml.extract.pdf;

import java.util.List;

/**
 * One page of a fixed-layout file as the table assembly ({@link PageLayout}) takes it: its glyph boxes and its
 * ruling lines, in display coordinates (points, origin top-left, y downwards).
 *
 * @param page 1-based page number
 */
public record PageContent(int page, List<Glyph> glyphs, List<Ruling> rulings) {

    public PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}

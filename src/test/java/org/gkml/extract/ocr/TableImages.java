package org.gkml.extract.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Pictures of ruled tables drawn here, as a scanner would see a printed page, for the line finding tests. */
public final class TableImages {

    private TableImages() {
    }

    /**
     * A table of {@code rows} × {@code cols} cells, 3 pixels thick lines, the cell at row 1, columns 1–2 merged,
     * some ink strokes inside the cells, the whole turned {@code degrees} clockwise.
     */
    public static BufferedImage table(int width, int height, int rows, int cols, double degrees) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        int left = 200, top = 300, cellW = (width - 400) / cols, cellH = 150;
        int right = left + cols * cellW, bottom = top + rows * cellH;
        for (int r = 0; r <= rows; r++) g.drawLine(left, top + r * cellH, right, top + r * cellH);
        for (int c = 0; c <= cols; c++) {
            int x = left + c * cellW;
            if (c == 2) {
                // merged cell: the line between columns 1 and 2 is not drawn in row 1
                g.drawLine(x, top, x, top + cellH);
                g.drawLine(x, top + 2 * cellH, x, bottom);
            } else {
                g.drawLine(x, top, x, bottom);
            }
        }
        // short strokes, as characters have: not lines
        g.setStroke(new BasicStroke(4));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int x = left + c * cellW + 20, y = top + r * cellH + 30;
                g.drawLine(x, y, x + 35, y);
                g.drawLine(x + 15, y - 15, x + 15, y + 25);
            }
        }
        g.dispose();
        return img;
    }
}

package org.gkml.report.html;

import java.util.List;

/** Horizontal bar charts as inline SVG: one labelled bar per row, its number written beside it. */
final class Svg {

    /** One bar: its label, its length, the number written beside it, and whether it is drawn as a warning. */
    record Bar(String label, double value, String shown, boolean alert) {
    }

    private static final int LABEL_WIDTH = 260;
    private static final int BAR_WIDTH = 420;
    private static final int ROW = 20;

    private Svg() {
    }

    /** The chart; {@code marker}, when not null, is a dashed line across at that value (a legal limit), labelled. */
    static String bars(List<Bar> bars, Double marker, String markerLabel) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        if (marker != null) max = Math.max(max, marker * 1.1);
        if (max <= 0) max = 1;
        int height = bars.size() * ROW + 24;
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(LABEL_WIDTH + BAR_WIDTH + 220)
                .append("\" height=\"").append(height).append("\" role=\"img\">");
        int y = 4;
        for (Bar b : bars) {
            int w = (int) Math.round(b.value() / max * BAR_WIDTH);
            s.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 14)
                    .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.escape(shorten(b.label(), 22))).append("</text>");
            s.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 3).append("\" width=\"").append(Math.max(w, 1))
                    .append("\" height=\"").append(ROW - 6).append("\" fill=\"").append(b.alert() ? "#d9534f" : "#4a7ab5").append("\"/>");
            s.append("<text x=\"").append(LABEL_WIDTH + w + 6).append("\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                    .append(Html.escape(b.shown())).append("</text>");
            y += ROW;
        }
        if (marker != null) {
            int x = LABEL_WIDTH + (int) Math.round(marker / max * BAR_WIDTH);
            s.append("<line x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x).append("\" y2=\"").append(y)
                    .append("\" stroke=\"#d9534f\" stroke-dasharray=\"4 3\"/>");
            s.append("<text x=\"").append(x + 4).append("\" y=\"").append(y + 16).append("\" font-size=\"11\" fill=\"#d9534f\">")
                    .append(Html.escape(markerLabel)).append("</text>");
        }
        return s.append("</svg>").toString();
    }

    static String shorten(String s, int max) {
        if (s == null) return "";
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }
}

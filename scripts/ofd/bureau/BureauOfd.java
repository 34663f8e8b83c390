import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.ofdrw.font.FontName;
import org.ofdrw.layout.OFDDoc;
import org.ofdrw.layout.PageLayout;
import org.ofdrw.layout.VirtualPage;
import org.ofdrw.layout.element.Position;
import org.ofdrw.layout.element.canvas.Canvas;
import org.ofdrw.layout.element.canvas.DrawContext;
import org.ofdrw.layout.element.canvas.FontSetting;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a catalog as an OFD the way a bureau's document system exports one, not by converting a PDF: ofdrw's
 * writer draws on an A4 landscape page, in millimetres, each cell's border as its own stroked rectangle (shared edges
 * drawn twice, as table exporters do), each line of a cell's text as a text object of its own (SimSun by name,
 * not embedded), ticks as the character √, a category shared by several rows as one merged cell.
 * The table's content is the gold's (its entries), so the gold scores the reading.
 *   java -cp CLASSPATH BureauOfd.java GOLD.json TITLE OUT.ofd
 */
public class BureauOfd {

    static final double[] WIDTHS = {8, 18, 22, 40, 42, 26, 22, 28, 9, 9, 9, 9, 35};
    static final double LEFT = 10, TOP = 28, FONT = 3.2, LEADING = 4.4, PAD = 1.2, HEADER = 10;

    record Text(double x, double y, double w, double h, String text) {
    }

    public static void main(String[] a) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(new File(a[0]));
        String title = a[1];
        List<double[]> boxes = new ArrayList<>();
        List<Text> texts = new ArrayList<>();
        double[] xs = new double[WIDTHS.length + 1];
        xs[0] = LEFT;
        for (int i = 0; i < WIDTHS.length; i++) xs[i + 1] = xs[i] + WIDTHS[i];
        double y = TOP;
        // two header rows: groups over their sub-columns
        cell(boxes, texts, xs, 0, 1, y, 2 * HEADER, "序号");
        cell(boxes, texts, xs, 1, 2, y, HEADER, "公开事项");
        cell(boxes, texts, xs, 1, 1, y + HEADER, HEADER, "一级事项");
        cell(boxes, texts, xs, 2, 1, y + HEADER, HEADER, "二级事项");
        String[] tall = {"公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"};
        for (int i = 0; i < tall.length; i++) cell(boxes, texts, xs, 3 + i, 1, y, 2 * HEADER, tall[i]);
        cell(boxes, texts, xs, 8, 2, y, HEADER, "公开对象");
        cell(boxes, texts, xs, 8, 1, y + HEADER, HEADER, "全社会");
        cell(boxes, texts, xs, 9, 1, y + HEADER, HEADER, "特定群体");
        cell(boxes, texts, xs, 10, 2, y, HEADER, "公开方式");
        cell(boxes, texts, xs, 10, 1, y + HEADER, HEADER, "主动");
        cell(boxes, texts, xs, 11, 1, y + HEADER, HEADER, "依申请");
        cell(boxes, texts, xs, 12, 1, y, 2 * HEADER, "备注");
        y += 2 * HEADER;
        JsonNode entries = gold.get("entries");
        double[] heights = new double[entries.size()];
        for (int r = 0; r < entries.size(); r++) {
            JsonNode e = entries.get(r);
            int lines = 1;
            for (int c = 2; c < WIDTHS.length; c++) lines = Math.max(lines, wrap(value(e, c), WIDTHS[c]).size());
            heights[r] = lines * LEADING + 2 * PAD;
        }
        for (int r = 0; r < entries.size(); r++) {
            JsonNode e = entries.get(r);
            // a category shared with the rows below is one merged cell
            if (r == 0 || !e.path("category").asText().equals(entries.get(r - 1).path("category").asText())) {
                int span = 1;
                while (r + span < entries.size() && entries.get(r + span).path("category").asText().equals(e.path("category").asText())) span++;
                double h = 0;
                for (int k = r; k < r + span; k++) h += heights[k];
                cell(boxes, texts, xs, 1, 1, y, h, e.path("category").asText());
            }
            for (int c = 0; c < WIDTHS.length; c++) if (c != 1) cell(boxes, texts, xs, c, 1, y, heights[r], value(e, c));
            y += heights[r];
        }
        try (OFDDoc doc = new OFDDoc(Path.of(a[2]))) {
            PageLayout layout = new PageLayout(297d, 210d);
            layout.setMargin(0d);
            VirtualPage page = new VirtualPage(layout);
            Canvas canvas = new Canvas(297d, 210d);
            canvas.setPosition(Position.Absolute).setX(0d).setY(0d);
            canvas.setDrawer(ctx -> {
                ctx.setLineWidth(0.25);
                for (double[] b : boxes) ctx.strokeRect(b[0], b[1], b[2], b[3]);
                ctx.setFont(new FontSetting(6, FontName.SimHei.font()));
                try {
                    ctx.fillText(title, 148.5 - title.length() * 3, 18);
                    ctx.setFont(new FontSetting(FONT, FontName.SimSun.font()));
                    for (Text t : texts) {
                        List<String> lines = wrap(t.text(), t.w());
                        double top = t.y() + Math.max(PAD, (t.h() - lines.size() * LEADING) / 2);
                        for (int i = 0; i < lines.size(); i++) ctx.fillText(lines.get(i), t.x() + PAD, top + (i + 1) * LEADING - 1);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            page.add(canvas);
            doc.addVPage(page);
        }
    }

    static void cell(List<double[]> boxes, List<Text> texts, double[] xs, int col, int span, double y, double h, String text) {
        boxes.add(new double[]{xs[col], y, xs[col + span] - xs[col], h});
        if (!text.isEmpty()) texts.add(new Text(xs[col], y, xs[col + span] - xs[col], h, text));
    }

    /** What the gold says for column c of an entry, as the cell prints it. */
    static String value(JsonNode e, int c) {
        return switch (c) {
            case 0 -> e.path("seq").asText();
            case 1 -> e.path("category").asText();
            case 2 -> e.path("item").asText();
            case 3 -> e.path("content").asText();
            case 4 -> e.path("basis").asText();
            case 5 -> e.path("time_limit").asText();
            case 6 -> e.path("subject").asText();
            case 7 -> {
                List<String> parts = new ArrayList<>();
                e.path("channels").forEach(n -> parts.add(n.asText()));
                yield String.join("\n", parts);
            }
            case 8 -> has(e, "audience", "全社会") ? "√" : "";
            case 9 -> has(e, "audience", "特定群体") ? "√" : "";
            case 10 -> has(e, "disclosure_mode", "主动公开") ? "√" : "";
            case 11 -> has(e, "disclosure_mode", "依申请公开") ? "√" : "";
            default -> e.path("remarks").asText("");
        };
    }

    static boolean has(JsonNode e, String field, String value) {
        for (JsonNode n : e.path(field)) if (n.asText().equals(value)) return true;
        return false;
    }

    /** The cell's text broken into lines that fit its width (a CJK character a font size wide, ASCII half). */
    static List<String> wrap(String text, double width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            double used = 0, room = width - 2 * PAD;
            for (int cp : para.codePoints().toArray()) {
                double w = cp < 0x80 ? FONT / 2 : FONT;
                if (used + w > room && !line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(cp);
                used += w;
            }
            if (!line.isEmpty()) out.add(line.toString());
        }
        return out;
    }
}

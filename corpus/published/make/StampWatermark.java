import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdmodel.font.*;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;
import java.io.*;
/**
 * A PDF with a watermark stamped over every page, as a portal or a unit marks its files: a site name in 48 pt
 * grey, 15 % opaque, turned 30 degrees. Makes word/xczx_nanjiang_watermark.pdf from word/xczx_nanjiang.pdf:
 *
 *     java -cp target/gkml.jar corpus/published/make/StampWatermark.java corpus/published/word/xczx_nanjiang.pdf \
 *         corpus/published/word/xczx_nanjiang_watermark.pdf /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf 南江县人民政府网站
 *
 * (args: in out fontfile text)
 */
public class StampWatermark { public static void main(String[] a) throws Exception {
  try (PDDocument d = Loader.loadPDF(new File(a[0]))) {
    PDFont font = PDType0Font.load(d, new File(a[2]));
    for (PDPage p : d.getPages()) {
      var box = p.getMediaBox();
      try (PDPageContentStream cs = new PDPageContentStream(d, p, PDPageContentStream.AppendMode.APPEND, true, true)) {
        PDExtendedGraphicsState gs = new PDExtendedGraphicsState(); gs.setNonStrokingAlphaConstant(0.15f);
        cs.setGraphicsStateParameters(gs);
        cs.setNonStrokingColor(0.5f, 0.5f, 0.5f);
        cs.beginText(); cs.setFont(font, 48);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(30), box.getWidth() * 0.15f, box.getHeight() * 0.25f));
        cs.showText(a[3]); cs.endText();
      }
    }
    d.save(new File(a[1]));
  }
}}

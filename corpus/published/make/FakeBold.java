import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.*;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.*;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import java.io.*; import java.util.*;
/**
 * A PDF as a printer that fakes bold prints it: every text-showing operator drawn a second time 0.35 pt to the
 * right (a Td from the line start, and back). Makes word/xczx_nanjiang_fakebold.pdf from word/xczx_nanjiang.pdf:
 *
 *     java -cp target/gkml.jar corpus/published/make/FakeBold.java corpus/published/word/xczx_nanjiang.pdf corpus/published/word/xczx_nanjiang_fakebold.pdf
 */
public class FakeBold { public static void main(String[] a) throws Exception {
  try (PDDocument d = Loader.loadPDF(new File(a[0]))) {
    for (PDPage p : d.getPages()) {
      List<Object> toks = new PDFStreamParser(p).parse();
      List<Object> out = new ArrayList<>(); List<Object> ops = new ArrayList<>();
      for (Object t : toks) {
        if (t instanceof Operator op) {
          String n = op.getName();
          out.addAll(ops); out.add(op);
          if (n.equals("Tj") || n.equals("TJ")) {
            out.add(new COSFloat(0.35f)); out.add(COSInteger.ZERO); out.add(Operator.getOperator("Td"));
            out.addAll(ops); out.add(Operator.getOperator(n));
            out.add(new COSFloat(-0.35f)); out.add(COSInteger.ZERO); out.add(Operator.getOperator("Td"));
          }
          ops.clear();
        } else ops.add(t);
      }
      out.addAll(ops);
      var s = new org.apache.pdfbox.pdmodel.common.PDStream(d);
      try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) { new ContentStreamWriter(o).writeTokens(out); }
      p.setContents(s);
    }
    d.save(new File(a[1]));
  }
}}

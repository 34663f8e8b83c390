import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A PDF's text as Apache Tika writes it with PDFBox's PDFTextStripper (the PDF-flow text gkml reads as
 * text/pdf-flow): cells in content-stream order, wrapped cell lines, a blank line after each paragraph (Tika's
 * {@code </p>}), and the leading newline Tika's first {@code <p>} leaves. Run with the PDFBox that gkml bundles:
 * {@code java -cp target/gkml.jar corpus/published/make/FlowExport.java in.pdf out.txt [in2.pdf out2.txt …]}.
 */
public class FlowExport {
    public static void main(String[] a) throws Exception {
        for (int i = 0; i + 1 < a.length; i += 2) {
            try (PDDocument d = Loader.loadPDF(new File(a[i]))) {
                PDFTextStripper s = new PDFTextStripper();
                s.setParagraphEnd("\n");
                Files.writeString(Path.of(a[i + 1]), "\n" + s.getText(d));
            }
        }
    }
}

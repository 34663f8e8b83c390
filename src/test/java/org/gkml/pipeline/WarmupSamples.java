package org.gkml.pipeline;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes the warm-up samples {@link Warmup} reads (src/main/resources/org/gkml/pipeline/warmup/): written once and
 * kept, because making them at every start loaded and ran POI's and PDFBox's writers, about as much CPU as the
 * reading they warm (issue 11). Run {@code main} with the resources folder to make them again.
 */
public final class WarmupSamples {

    private static final String[][] ROWS = {{"序号", "信息名称", "公开时限"}, {"1", "机构职能", "20个工作日内"}};

    private WarmupSamples() {
    }

    /** File name → bytes, in the order Warmup reads them. */
    static Map<String, byte[]> make() throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("tab.txt", table("\t").getBytes(StandardCharsets.UTF_8));
        out.put("spaces.txt", table("    ").getBytes(StandardCharsets.UTF_8));
        out.put("sample.html", html());
        out.put("sample.docx", docx());
        out.put("sample.xlsx", workbook(new XSSFWorkbook()));
        out.put("sample.xls", workbook(new HSSFWorkbook()));
        out.put("sample.pdf", pdf());
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources").resolve(Warmup.SAMPLES.substring(1));
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> e : make().entrySet()) Files.write(dir.resolve(e.getKey()), e.getValue());
    }

    private static String table(String separator) {
        StringBuilder s = new StringBuilder("政府信息公开目录\n");
        for (String[] row : ROWS) s.append(String.join(separator, row)).append('\n');
        return s.toString();
    }

    private static byte[] html() {
        StringBuilder s = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><table>");
        for (String[] row : ROWS) {
            s.append("<tr>");
            for (String c : row) s.append("<td>").append(c).append("</td>");
            s.append("</tr>");
        }
        return s.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("政府信息公开目录");
            XWPFTable t = doc.createTable(ROWS.length, ROWS[0].length);
            for (int r = 0; r < ROWS.length; r++) {
                for (int c = 0; c < ROWS[r].length; c++) t.getRow(r).getCell(c).setText(ROWS[r][c]);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("目录");
            for (int r = 0; r < ROWS.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < ROWS[r].length; c++) row.createCell(c).setCellValue(ROWS[r][c]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Latin text only: the standard fonts have no Chinese, and the parser, font and text classes are what count. */
    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                float y = 700;
                for (String[] row : new String[][]{{"No", "Name", "Limit"}, {"1", "Duties", "20 days"}}) {
                    cs.beginText();
                    cs.newLineAtOffset(72, y);
                    cs.showText(String.join("    ", row));
                    cs.endText();
                    cs.moveTo(70, y - 4);
                    cs.lineTo(400, y - 4);
                    cs.stroke();
                    y -= 20;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

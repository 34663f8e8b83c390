package org.gkml.extract;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import org.gkml.table.Cell;
import org.gkml.table.TextLine;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small catalog files built in memory for the extractor tests. */
public final class TestFiles {

    public static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

    private TestFiles() {
    }

    /** A minimal DOCX package whose w:body is {@code bodyXml} (w: and w14: prefixes are declared). */
    public static byte[] docx(String bodyXml) {
        return docx(bodyXml, null);
    }

    /**
     * A DOCX whose main part has a numbering part (w:numbering's content given: abstractNum and num elements), or
     * none when {@code numberingXml} is null.
     */
    public static byte[] docx(String bodyXml, String numberingXml) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
        String relationships = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[]{"[Content_Types].xml", xml
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + (numberingXml == null ? "" : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
                + "</Types>"});
        entries.add(new String[]{"_rels/.rels", xml + relationships
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>"});
        if (numberingXml != null) {
            entries.add(new String[]{"word/_rels/document.xml.rels", xml + relationships
                    + "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>"
                    + "</Relationships>"});
            entries.add(new String[]{"word/numbering.xml", xml + "<w:numbering " + W_NS + ">" + numberingXml + "</w:numbering>"});
        }
        entries.add(new String[]{"word/document.xml", xml + "<w:document " + W_NS + "><w:body>" + bodyXml + "</w:body></w:document>"});
        return zip(entries.toArray(String[][]::new));
    }

    /** WordprocessingML for a paragraph with one plain run. */
    public static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    /** A table cell holding the given paragraphs' XML, with optional cell properties. */
    public static String tc(String tcPr, String... paragraphsXml) {
        return "<w:tc>" + (tcPr.isEmpty() ? "" : "<w:tcPr>" + tcPr + "</w:tcPr>") + String.join("", paragraphsXml) + "</w:tc>";
    }

    public static byte[] zip(String[][] entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String[] e : entries) {
                z.putNextEntry(new ZipEntry(e[0]));
                z.write(e[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX written by POI's own API: a title paragraph and a 2 × 2 table. */
    public static byte[] poiDocx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("政府信息公开目录");
            XWPFTable t = doc.createTable(2, 2);
            t.getRow(0).getCell(0).setText("序号");
            t.getRow(0).getCell(1).setText("公开事项");
            t.getRow(1).getCell(0).setText("1");
            t.getRow(1).getCell(1).setText("机构信息");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A workbook: a title merged across A1:D1, a header row, two data rows with A3:A4 merged. */
    public static byte[] workbook(boolean xlsx) {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("目录");
            row(s, 0, "政府信息公开目录");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            row(s, 1, "一级事项", "二级事项", "公开内容", "序号");
            row(s, 2, "机构信息", "机构概况", "机构名称\n办公地址");
            row(s, 3, null, "领导信息", "姓名、职务");
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.getRow(2).createCell(3).setCellValue(1);
            s.getRow(3).createCell(3).setCellFormula("D3+1");
            row(s, 5, "备注：本目录动态更新");
            s.addMergedRegion(new CellRangeAddress(5, 5, 0, 3));
            Row hidden = row(s, 7, "hidden trailing row", "x");
            hidden.setZeroHeight(true);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.createSheet("lists").createRow(0).createCell(0).setCellValue("选项");
            wb.setSheetHidden(1, true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Row row(Sheet s, int r, String... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) if (values[c] != null) row.createCell(c).setCellValue(values[c]);
        return row;
    }

    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void assertSpan(Cell c, int row, int col, int rowSpan, int colSpan, String text) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(row, col, rowSpan, colSpan, text),
                List.of(c.row(), c.col(), c.rowSpan(), c.colSpan(), c.text()), String.valueOf(c));
    }

    public static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }
}

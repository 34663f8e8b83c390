package org.gkml.ingest;

import com.hankcs.hanlp.HanLP;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.gkml.ingest.FaultCorpus.Fault;

/**
 * Broken and odd files of the kinds bureaus and disks really produce, generated from the corpus catalogs
 * (no binary fixtures): password-protected Office files and PDFs, scans, pre-97 Office formats, files under
 * the wrong extension, damaged parts, pathological sizes and nesting, bad encodings.
 */
final class RealWorldFaults {

    private static final Path CATALOG = Path.of("corpus/renditions/002_10e874960aa90f81");
    private static final String PASSWORD = "123456";

    private RealWorldFaults() {
    }

    static List<Fault> generate(Path dir) throws IOException {
        List<Fault> faults = new ArrayList<>();
        byte[] docx = Files.readAllBytes(sibling(".docx"));
        byte[] xlsx = Files.readAllBytes(sibling(".xlsx"));
        byte[] pdf = Files.readAllBytes(sibling(".pdf"));

        faults.add(write(dir, Fault.unreadable("protected.docx", "a password-protected DOCX (agile encryption)", "password"), agileEncrypted(docx)));
        faults.add(write(dir, Fault.unreadable("protected.xlsx", "a password-protected XLSX (agile encryption)", "password"), agileEncrypted(xlsx)));
        faults.add(write(dir, Fault.unreadable("protected.xls", "a password-protected XLS (RC4 CryptoAPI)", "password"), xls(xlsx, PASSWORD)));
        faults.add(write(dir, Fault.reads("velvet.xls", "an XLS encrypted with Excel's default password (a protected workbook structure)"), xls(xlsx, "VelvetSweatshop")));
        faults.add(write(dir, Fault.reads("sheet-locked.xlsx", "an XLSX whose sheets are locked against editing"), sheetLocked(xlsx)));
        faults.add(write(dir, Fault.unreadable("user-password.pdf", "a PDF that needs a password to open", "password"), protectedPdf(pdf, PASSWORD)));
        faults.add(write(dir, Fault.reads("owner-password.pdf", "a PDF with only an owner password (printing and copying restricted)"), protectedPdf(pdf, "")));
        faults.add(write(dir, Fault.unreadable("scan.pdf", "an image-only PDF (a scan)", "OCR"), scannedPdf()));
        faults.add(write(dir, Fault.reads("damaged-xref.pdf", "a PDF whose cross-reference table points to the wrong places"), damagedXref(pdf)));
        faults.add(write(dir, Fault.unreadable("excel95.xls", "an Excel 5/95 (BIFF5) workbook", "pre-97"), biff5()));
        faults.add(write(dir, Fault.unreadable("word95.doc", "a Word 6/95 document", "pre-97"), word6()));
        faults.add(write(dir, Fault.unreadable("rtf.doc", "an RTF file saved as .doc (as WPS does)", "RTF"),
                "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\trowd\\cellx2000\\cellx4000 序号\\cell 事项\\cell\\row}"
                        .getBytes(Charset.forName("GB18030"))));
        faults.add(write(dir, Fault.reads("xlsx-named.xls", "an XLSX under an .xls name"), xlsx));
        faults.add(write(dir, Fault.reads("html-named.doc", "an HTML page under a .doc name (a \"Word\" file from a portal)"),
                Files.readAllBytes(sibling(".html"))));
        faults.add(write(dir, Fault.unreadable("bad-xml.docx", "a DOCX whose document.xml is malformed", "damaged"),
                replaceEntry(docx, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl><w:tr>"
                        .getBytes(StandardCharsets.UTF_8))));
        faults.add(write(dir, Fault.unreadable("no-document.docx", "a DOCX missing its document.xml", "damaged"), dropEntry(docx, "word/document.xml")));
        faults.add(write(dir, Fault.unreadable("empty-workbook.xlsx", "a workbook with one empty sheet", "no filled cells"), emptyWorkbook()));
        faults.add(write(dir, new Fault("deep.html", "an HTML table nested 5,000 deep", true, false, "unreadable"), deepHtml(5_000)));
        faults.add(write(dir, new Fault("one-line.txt", "a text of one 50 MB line", true, false, "unreadable"), oneLongLine(50 << 20)));
        faults.add(write(dir, new Fault("million-lines.txt", "a text of a million one-character lines", true, false, "unreadable"),
                "字\n".repeat(1_000_000).getBytes(StandardCharsets.UTF_8)));
        faults.add(write(dir, Fault.reads("bad-gb18030.txt", "a GB18030 catalog with a few invalid byte sequences"),
                invalidSequences(Files.readAllBytes(sibling(".gb18030.txt")))));
        faults.add(write(dir, Fault.reads("nuls.txt", "a UTF-8 catalog with a few stray NUL bytes"),
                withNuls(Files.readAllBytes(Path.of("corpus/002_10e874960aa90f81.txt")))));
        faults.add(write(dir, Fault.reads("big5.txt", "a catalog in Big5 (traditional characters)"),
                HanLP.convertToTraditionalChinese(Files.readString(Path.of("corpus/002_10e874960aa90f81.txt"))).getBytes(Charset.forName("Big5"))));
        faults.add(write(dir, Fault.reads("broken-boundary.doc", "Word's single-file web page (MHTML, named .doc) whose parts do not use the declared boundary"),
                brokenBoundary(Files.readAllBytes(sibling(".html")))));
        return faults;
    }

    private static Path sibling(String suffix) {
        return Path.of(CATALOG + suffix);
    }

    private static Fault write(Path dir, Fault fault, byte[] bytes) throws IOException {
        Files.write(dir.resolve(fault.name()), bytes);
        return fault;
    }

    /** Word's and Excel's "Encrypt with password": the package inside an OLE2 container, AES by agile encryption. */
    private static byte[] agileEncrypted(byte[] ooxml) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword(PASSWORD);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(ooxml);
            } catch (GeneralSecurityException e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The catalog's cells copied into an Excel 97 workbook, encrypted with the password (none when null). */
    private static byte[] xls(byte[] xlsx, String password) throws IOException {
        DataFormatter text = new DataFormatter();
        try (Workbook from = new XSSFWorkbook(new ByteArrayInputStream(xlsx)); HSSFWorkbook to = new HSSFWorkbook()) {
            for (Sheet s : from) {
                Sheet t = to.createSheet(s.getSheetName());
                for (Row r : s) {
                    Row tr = t.createRow(r.getRowNum());
                    for (Cell c : r) tr.createCell(c.getColumnIndex()).setCellValue(text.formatCellValue(c));
                }
                s.getMergedRegions().forEach(t::addMergedRegion);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try {
                to.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            return out.toByteArray();
        }
    }

    private static byte[] sheetLocked(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb) s.protectSheet(PASSWORD);
            wb.lockStructure();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** AES-256 protection; an empty user password opens the file, only editing rights are withheld. */
    private static byte[] protectedPdf(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            AccessPermission rights = new AccessPermission();
            rights.setCanExtractContent(false);
            rights.setCanPrint(false);
            rights.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + PASSWORD, userPassword, rights);
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Two pages that are pictures of a table, as a scanner makes them: images, no text layer. */
    private static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                BufferedImage scan = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = scan.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 300, 400);
                g.setColor(Color.BLACK);
                for (int y = 20; y < 400; y += 30) g.drawLine(10, y, 290, y);
                for (int x = 10; x <= 290; x += 70) g.drawLine(x, 20, x, 380);
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(image, 20, 20, PDRectangle.A4.getWidth() - 40, PDRectangle.A4.getHeight() - 40);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** startxref past the end of the file and every xref entry shifted: what a bad FTP transfer or an editor leaves. */
    private static byte[] damagedXref(byte[] pdf) {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        int start = s.lastIndexOf("startxref");
        int xref = s.lastIndexOf("\nxref", start);
        String table = s.substring(xref, start).replaceAll("(?m)^(\\d{10}) (\\d{5}) n", "0000000017 $2 n");
        return (s.substring(0, xref) + table + "startxref\n9999999\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An OLE2 file whose "Book" stream is BIFF5 (Excel 5/95): a BOF record, a label, EOF. */
    private static byte[] biff5() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x0809).putShort((short) 8).putShort((short) 0x0500).putShort((short) 0x0005).putShort((short) 0x096C).putShort((short) 0x07C9);
        b.putShort((short) 0x000A).putShort((short) 0);
        return ole2("Book", b.array());
    }

    /** An OLE2 file whose WordDocument stream has a Word 6 file information block (nFib 101). */
    private static byte[] word6() throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xA5EC).putShort((short) 101).putShort((short) 0x6000).putShort((short) 0x0804);
        return ole2("WordDocument", b.array());
    }

    private static byte[] ole2(String stream, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] replaceEntry(byte[] zip, String name, byte[] content) throws IOException {
        return rezip(zip, name, content);
    }

    private static byte[] dropEntry(byte[] zip, String name) throws IOException {
        return rezip(zip, name, null);
    }

    private static byte[] rezip(byte[] zip, String name, byte[] replacement) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = e.getName().equals(name) ? replacement : in.readAllBytes();
                if (content == null) continue;
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(content);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] emptyWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] deepHtml(int depth) {
        StringBuilder s = new StringBuilder("<html><body>");
        s.append("<table><tr><td>".repeat(depth)).append("序号</td><td>事项");
        s.append("</td></tr></table>".repeat(depth));
        return s.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] oneLongLine(int bytes) {
        byte[] line = "序号 事项 ".repeat(bytes / 14 + 1).getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.copyOf(line, bytes - bytes % 3);
    }

    /** Lead bytes with no valid trail byte, in the middle of the text (a file cut and pasted at byte level). */
    private static byte[] invalidSequences(byte[] gb) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int half = gb.length / 2;
        while (half < gb.length && gb[half] != '\n') half++;
        out.write(gb, 0, half + 1);
        out.writeBytes(new byte[]{(byte) 0x81, 0x20, (byte) 0xFF, '\n'});
        out.write(gb, half + 1, gb.length - half - 1);
        return out.toByteArray();
    }

    private static byte[] withNuls(byte[] utf8) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int third = utf8.length / 3;
        while (third < utf8.length && utf8[third] != '\n') third++;
        out.write(utf8, 0, third);
        out.writeBytes(new byte[]{0, 0});
        out.write(utf8, third, utf8.length - third);
        return out.toByteArray();
    }

    /** Word's single-file web page with the boundary renamed in the header only: no part can be found. */
    private static byte[] brokenBoundary(byte[] html) {
        String head = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01D9AAAA\"\r\n\r\n"
                + "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_01D9BBBB\r\n"
                + "Content-Location: file:///C:/catalog.htm\r\nContent-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n";
        String body = java.util.Base64.getMimeEncoder().encodeToString(html);
        return (head + body + "\r\n\r\n------=_NextPart_01D9BBBB--\r\n").getBytes(StandardCharsets.ISO_8859_1);
    }
}

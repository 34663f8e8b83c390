package org.gkml.extract;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormatDetectorTest {

    /** Named for another format on purpose: the name must never decide. */
    private static final Path FILE = Path.of("目录.xls");

    private static FileFormat detect(byte[] bytes) throws UnreadableFileException {
        return FormatDetector.detect(FILE, bytes);
    }

    private static FileFormat assertDoesNotThrowDetect(byte[] bytes) {
        try {
            return FormatDetector.detect(Path.of("x.bin"), bytes);
        } catch (UnreadableFileException e) {
            throw new AssertionError("refused: " + e.getMessage(), e);
        }
    }

    private static String refusal(byte[] bytes) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> detect(bytes));
        assertTrue(e.getMessage().startsWith(FILE.toString()), e.getMessage());
        return e.reason();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip holding the given (name, text) parts. */
    private static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(utf8(namesAndTexts[i + 1]));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] contentTypes(String mainPart) throws IOException {
        return zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument." + mainPart + "+xml\"/></Types>",
                "main.xml", "<x/>");
    }

    /** An OLE2 container holding one stream of the given name. */
    private static byte[] ole2(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void aPdfByItsHeader() throws Exception {
        assertEquals(FileFormat.PDF, detect(utf8("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n")));
    }

    @Test
    void docxAndXlsxByTheMainPartsContentType() throws Exception {
        assertEquals(FileFormat.DOCX, detect(contentTypes("wordprocessingml.document.main")));
        assertEquals(FileFormat.XLSX, detect(contentTypes("spreadsheetml.sheet.main")));
        assertTrue(refusal(contentTypes("presentationml.presentation.main")).contains("PowerPoint"));
    }

    @Test
    void aZipThatIsNoOfficeDocumentIsRefused() throws Exception {
        assertTrue(refusal(zip("a.txt", "序号")).contains("zip archive"));
        assertTrue(refusal(zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<x/>")).contains("OpenDocument"));
    }

    @Test
    void docAndXlsByTheStreamsInsideTheOle2Container() throws Exception {
        assertEquals(FileFormat.DOC, detect(ole2("WordDocument")));
        assertEquals(FileFormat.XLS, detect(ole2("Workbook")));
        assertEquals(FileFormat.XLS, detect(ole2("Book")));   // Excel 5/95
        assertTrue(refusal(ole2("PowerPoint Document")).contains("PowerPoint"));
        assertTrue(refusal(ole2("EncryptionInfo")).contains("password"));
    }

    @Test
    void htmlByItsMarkupEvenWithoutADoctype() throws Exception {
        assertEquals(FileFormat.HTML, detect(utf8("<!DOCTYPE html><html><body><table><tr><td>序号</td></tr></table></body></html>")));
        assertEquals(FileFormat.HTML, detect(utf8("\uFEFF  <table><tr><td>序号</td><td>公开事项</td></tr></table>")));
    }

    @Test
    void textInAnyChineseEncodingIsText() throws Exception {
        String catalog = "政府信息主动公开目录\n序号\t公开事项\t公开时限\n1\t机构职能\t20个工作日\n";
        assertEquals(FileFormat.TEXT, detect(utf8(catalog)));
        assertEquals(FileFormat.TEXT, detect(catalog.getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void formatsGkmlDoesNotReadAreNamedInTheRefusal() {
        assertTrue(refusal(utf8("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} 序号}")).contains("RTF"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0};
        // a PNG is a scan, read by OCR; a GIF is no scan format and is refused naming the ones that are
        assertEquals(FileFormat.IMAGE, assertDoesNotThrowDetect(png));
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0, ',', 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 'D', 1, 0, ';'};
        assertTrue(refusal(gif).contains("PNG, JPEG or TIFF"), refusal(gif));
        assertTrue(refusal(utf8("<?xml version=\"1.0\"?><catalog><item>序号</item></catalog>")).contains("XML"));
        // Word 2003 XML: Tika names it application/vnd.ms-wordml, an XML type only by ancestry
        assertTrue(refusal(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><?mso-application progid=\"Word.Document\"?>"
                + "<w:wordDocument xmlns:w=\"http://schemas.microsoft.com/office/word/2003/wordml\"><w:body><w:p><w:r><w:t>序号</w:t></w:r></w:p>"
                + "</w:body></w:wordDocument>")).contains("Word 2003 XML"));
    }

    @Test
    void binaryDataOfNoKnownKindIsRefused() {
        byte[] noise = new byte[2048];
        for (int i = 0; i < noise.length; i++) noise[i] = (byte) (i * 37 + 11);
        assertTrue(refusal(noise).contains("binary data"));
    }
}

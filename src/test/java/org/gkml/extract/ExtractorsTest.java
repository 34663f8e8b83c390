package org.gkml.extract;

import org.gkml.vocabulary.Mappings;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gkml.table.ExtractedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Routing by content, and a clear per-file reason for every kind of bad file. */
class ExtractorsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> misnamedFiles() {
        return Stream.of(
                Arguments.of("docx named .xls", "catalog.xls", (Supplier<byte[]>) () -> TestFiles.docx(TestFiles.p("x")), FileFormat.DOCX),
                Arguments.of("POI docx named .pdf", "catalog.pdf", (Supplier<byte[]>) TestFiles::poiDocx, FileFormat.DOCX),
                Arguments.of("xlsx named .doc", "catalog.doc", (Supplier<byte[]>) () -> TestFiles.workbook(true), FileFormat.XLSX),
                Arguments.of("xls named .docx", "catalog.docx", (Supplier<byte[]>) () -> TestFiles.workbook(false), FileFormat.XLS),
                Arguments.of("html table named .xls", "catalog.xls", (Supplier<byte[]>) () -> utf8("<table><tr><td>a</td><td>b</td></tr></table>"), FileFormat.HTML),
                Arguments.of("html page named .txt", "catalog.txt", (Supplier<byte[]>) () -> utf8("<!DOCTYPE html><html><body><p>目录</p></body></html>"), FileFormat.HTML),
                Arguments.of("text named .html", "catalog.html", (Supplier<byte[]>) () -> utf8("序号\t公开事项\n1\t机构信息\n"), FileFormat.TEXT),
                Arguments.of("saved web archive (MHT) named .doc", "catalog.doc", (Supplier<byte[]>) () -> org.gkml.extract.html.HtmlExtractorTest.mht("quoted-printable", "gb2312"), FileFormat.HTML),
                Arguments.of("pdf named .txt", "catalog.txt", (Supplier<byte[]>) TestFiles::pdf, FileFormat.PDF));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misnamedFiles")
    void detectsTheFormatFromContentNotName(String what, String name, Supplier<byte[]> bytes, FileFormat expected) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes.get());
        assertEquals(expected, Extractors.detect(f));
    }

    @Test
    void docxAndWorkbooksAreReadThroughTheRouter() throws Exception {
        Path docx = Files.write(dir.resolve("a.bin"), TestFiles.poiDocx());
        ExtractedDocument d = new Extractors(Mappings.builtIn()).extract(docx);
        assertEquals("docx", d.format());
        assertEquals("机构信息", d.tables().get(0).grid()[1][1].text());
        Path xls = Files.write(dir.resolve("b.bin"), TestFiles.workbook(false));
        assertEquals("xls", new Extractors(Mappings.builtIn()).extract(xls).format());
    }

    /**
     * Detection opens a DOC's or XLS's OLE2 container once (told by its signature and streams, without Tika's magic)
     * and hands it to the extractor: what the router reads equals what the extractor reads from the file's bytes.
     */
    @Test
    void docAndXlsAreReadFromTheContainerDetectionOpened() throws Exception {
        Mappings m = Mappings.builtIn();
        byte[] xls = TestFiles.workbook(false);
        FormatDetector.Detection d = FormatDetector.detectDecoding(Path.of("b.bin"), xls);
        assertEquals(FileFormat.XLS, d.format());
        assertNotNull(d.ole2(), "the container detection opened is kept");
        assertEquals(new org.gkml.extract.office.WorkbookExtractor(FileFormat.XLS).extract(Path.of("b.bin"), xls),
                new Extractors(m).extract(Path.of("b.bin"), xls));
        for (String name : new String[]{"corpus/published/word/shjz_shiyang.doc", "corpus/published/portal/kyqq_shehuijiuzhu.xls"}) {
            Path file = Path.of(name);
            byte[] bytes = Files.readAllBytes(file);
            FormatDetector.Detection detected = FormatDetector.detectDecoding(file, bytes);
            assertNotNull(detected.ole2(), name);
            org.gkml.extract.TableExtractor alone = detected.format() == FileFormat.DOC ? new org.gkml.extract.office.DocExtractor(m)
                    : new org.gkml.extract.office.WorkbookExtractor(FileFormat.XLS);
            assertEquals(alone.extract(file, bytes), new Extractors(m).extract(file, bytes), name);
        }
        // any other format: found by Tika's magic as before, nothing kept
        assertEquals(null, FormatDetector.detectDecoding(Path.of("x.pdf"), TestFiles.pdf()).ole2());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("zero bytes", "empty.docx", (Supplier<byte[]>) () -> new byte[0], "empty"),
                Arguments.of("truncated docx", "cut.docx", (Supplier<byte[]>) () -> half(TestFiles.poiDocx()), "damaged or truncated"),
                Arguments.of("truncated xls", "cut.xls", (Supplier<byte[]>) () -> half(TestFiles.workbook(false)), "damaged or truncated"),
                Arguments.of("random bytes named .docx", "junk.docx", (Supplier<byte[]>) () -> random(20_000), "not a text file"),
                Arguments.of("binary junk named .txt", "junk.txt", (Supplier<byte[]>) () -> withNuls(), "not a text file"),
                Arguments.of("encrypted docx", "secret.docx", (Supplier<byte[]>) ExtractorsTest::encryptedDocx, "password-protected"),
                Arguments.of("encrypted xls", "secret.xls", (Supplier<byte[]>) ExtractorsTest::encryptedXls, "password-protected"),
                Arguments.of("docx that unpacks to gigabytes", "bomb.docx", (Supplier<byte[]>) () -> bomb(4L << 30, false), "zip bomb"),
                Arguments.of("docx bomb hiding its size", "bomb2.docx", (Supplier<byte[]>) () -> bomb(200L << 20, true), "zip bomb"),
                Arguments.of("docx with broken XML", "broken.docx", (Supplier<byte[]>) () -> TestFiles.docx("<w:p><w:r><w:t>x</w:r>"), "damaged"),
                Arguments.of("docx without a table", "notable.docx", (Supplier<byte[]>) () -> TestFiles.docx(TestFiles.p("只有一段文字")), "no table"),
                Arguments.of("a zip of other files", "files.docx", (Supplier<byte[]>) () -> TestFiles.zip(new String[][]{{"a.txt", "x"}}), "zip archive"),
                Arguments.of("pdf without a text layer", "c.pdf", (Supplier<byte[]>) TestFiles::pdf, "no text"),
                Arguments.of("rtf named .doc", "c.doc", (Supplier<byte[]>) () -> utf8("{\\rtf1\\ansi 目录}"), "RTF"),
                Arguments.of("scanned image named .pdf", "scan.pdf", (Supplier<byte[]>) ExtractorsTest::png, "image"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesGetAClearReason(String what, String name, Supplier<byte[]> bytes, String reason) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes.get());
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new Extractors(Mappings.builtIn()).extract(f));
        assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void refusesFilesOverTheSizeLimitWithoutReadingThem() throws Exception {
        Path f = dir.resolve("huge.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(ExtractionLimits.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new Extractors(Mappings.builtIn()).extract(f));
        assertTrue(e.getMessage().contains("over the 64 MB limit"), e.getMessage());
    }

    @Test
    void missingFileIsUnreadable() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> new Extractors(Mappings.builtIn()).extract(dir.resolve("nope.docx")));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] half(byte[] b) {
        return Arrays.copyOf(b, b.length / 2);
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    private static byte[] withNuls() {
        byte[] b = "序号\t公开事项\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        for (int i = 3; i < b.length; i += 7) b[i] = 0;
        return b;
    }

    private static byte[] encryptedDocx() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(TestFiles.poiDocx())); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encryptedXls() {
        try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(TestFiles.workbook(false)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /**
     * A DOCX whose document.xml is {@code size} bytes of spaces (compresses about 1000:1). With
     * {@code hideSize} the central directory claims a small size, so only the limits applied while
     * unpacking can stop it.
     */
    private static byte[] bomb(long size, boolean hideSize) {
        byte[] base = TestFiles.docx(TestFiles.p("x"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out);
             java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(base))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("word/document.xml")) {
                    z.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    Arrays.fill(spaces, (byte) ' ');
                    if (hideSize) {
                        for (long n = 0; n < size; n += spaces.length) z.write(spaces);
                    } else {
                        z.write(spaces); // the declared size is forged below
                    }
                    z.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(z);
                }
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        byte[] b = out.toByteArray();
        forgeCentralDirectorySizes(b, hideSize ? 1000 : size);
        return b;
    }

    /** Sets the uncompressed size of document.xml in the central directory (signature PK\1\2, size at +24). */
    private static void forgeCentralDirectorySizes(byte[] b, long size) {
        for (int i = 0; i + 46 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                int nameLen = (b[i + 28] & 0xFF) | (b[i + 29] & 0xFF) << 8;
                String name = new String(b, i + 46, nameLen, StandardCharsets.UTF_8);
                if (!name.equals("word/document.xml")) continue;
                long v = Math.min(size, 0xFFFFFFFEL);
                for (int k = 0; k < 4; k++) b[i + 24 + k] = (byte) (v >>> (8 * k));
            }
        }
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

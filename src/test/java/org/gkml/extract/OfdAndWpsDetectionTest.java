package org.gkml.extract;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gkml.extract.ofd.OfdFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OFD, .wps and .et are told by their content: an OFD is a zip whose root holds OFD.xml (an OFD element); a .wps
 * or .et holding Word 97 or Excel 97 is DOC or XLS; WPS Office's private format and Microsoft Works' .wps are
 * named in the refusal. Every file here carries a name that says something else.
 */
class OfdAndWpsDetectionTest {

    private static FileFormat detect(String name, byte[] bytes) throws UnreadableFileException {
        return FormatDetector.detect(Path.of(name), bytes);
    }

    private static String refusal(String name, byte[] bytes) {
        return assertThrows(UnreadableFileException.class, () -> detect(name, bytes)).reason();
    }

    /** An OLE2 container holding streams of the given names, each with the given bytes (or zeros). */
    private static byte[] ole2(String... namesAndContents) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                byte[] content = namesAndContents[i + 1] == null ? new byte[4096] : namesAndContents[i + 1].getBytes(StandardCharsets.UTF_16LE);
                fs.createDocument(new ByteArrayInputStream(content), namesAndContents[i]);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    @Test
    void anOfdIsAZipWithOfdXmlAtItsRootWhateverItIsCalled() throws Exception {
        byte[] ofd = Files.readAllBytes(Path.of("corpus/renditions/ofd/000_81a0a872453b3846.ofd"));
        assertEquals(FileFormat.OFD, detect("目录.ofd", ofd));
        assertEquals(FileFormat.OFD, detect("目录.zip", ofd));
        assertEquals(FileFormat.OFD, detect("目录.pdf", ofd));
        assertEquals(FileFormat.OFD, detect("目录.ofd", OfdFiles.page("")));
    }

    @Test
    void aZipWithOfdXmlElsewhereOrOfAnotherKindIsNoOfd() {
        byte[] nested = OfdFiles.ofd("folder/OFD.xml", "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        assertTrue(refusal("目录.ofd", nested).contains("zip archive"));
        byte[] other = OfdFiles.ofd("OFD.xml", "<?xml version=\"1.0\"?><catalog>序号</catalog>");
        assertTrue(refusal("目录.ofd", other).contains("zip archive"));
    }

    @Test
    void wpsAndEtFilesHoldingWord97OrExcel97ReadAsDocAndXls() throws Exception {
        assertEquals(FileFormat.DOC, detect("目录.wps", Files.readAllBytes(Path.of("corpus/renditions/wps/002_10e874960aa90f81.wps"))));
        assertEquals(FileFormat.XLS, detect("目录.et", Files.readAllBytes(Path.of("corpus/renditions/wps/000_81a0a872453b3846.et"))));
        // WPS's own property beside a Word stream: still Word 97, read as DOC
        assertEquals(FileFormat.DOC, detect("目录.wps", ole2("WordDocument", null, "\u0005DocumentSummaryInformation", "KSOProductBuildVer")));
    }

    @Test
    void wpsPrivateAndWorksFilesAreNamedInOneLine() throws Exception {
        String wps = refusal("目录.wps", ole2("\u0005DocumentSummaryInformation", "KSOProductBuildVer", "Contents", null));
        assertTrue(wps.contains("WPS Office file in WPS's private format"), wps);
        assertEquals(1, wps.lines().count());
        assertTrue(refusal("目录.et", ole2("KsoSheetData", null)).contains("WPS's private format"));
        assertTrue(refusal("目录.wps", ole2("MatOST", null, "CONTENTS", null)).contains("Microsoft Works document"));
        // an OLE2 file nobody claims keeps the general refusal
        assertTrue(refusal("目录.wps", ole2("Contents", null)).contains("unknown kind"));
    }
}

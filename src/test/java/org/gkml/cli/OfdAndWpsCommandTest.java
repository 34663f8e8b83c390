package org.gkml.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gkml.catalog.CatalogJson;
import org.gkml.extract.ofd.OfdFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OFD and WPS Office files through the command line: {@code gkml extract} prints each as a catalog with its
 * warnings, a WPS-private or text-less file gets one line naming what it is, and {@code gkml ingest} picks
 * .ofd, .wps and .et files out of a folder like any other catalog.
 */
class OfdAndWpsCommandTest {

    private static final String OFD = "corpus/renditions/ofd/000_81a0a872453b3846.ofd";
    private static final String WPS = "corpus/renditions/wps/002_10e874960aa90f81.wps";
    private static final String ET = "corpus/renditions/wps/000_81a0a872453b3846.et";

    @Test
    void extractPrintsAnOfdCatalogWithItsWarnings() throws Exception {
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", OFD);
        assertEquals(ExitCode.OK, r.code(), r.err());
        JsonNode doc = CatalogJson.MAPPER.readTree(r.out());
        assertEquals("ofd", doc.get("format").asText());
        assertEquals("000_81a0a872453b3846.ofd", doc.get("source").asText());
        assertEquals(10, doc.get("entries").size());
        assertEquals("昆明市西山区医疗保障局", doc.get("agency").asText());
        // the same warning the PDF it was made from gives, placed by page, row and column
        JsonNode w = doc.get("warnings").get(0);
        assertEquals("channels", w.get("code").asText());
        assertTrue(w.get("where").asText().startsWith("000_81a0a872453b3846.ofd page 1 row "), w.toString());
    }

    @Test
    void extractReadsWpsAndEtFilesByWhatIsInside() throws Exception {
        ExtractCommandTest.Run wps = ExtractCommandTest.run("extract", WPS);
        assertEquals(ExitCode.OK, wps.code(), wps.err());
        JsonNode w = CatalogJson.MAPPER.readTree(wps.out());
        assertEquals("doc", w.get("format").asText());
        assertEquals(19, w.get("entries").size());
        ExtractCommandTest.Run et = ExtractCommandTest.run("extract", ET);
        assertEquals(ExitCode.OK, et.code(), et.err());
        JsonNode e = CatalogJson.MAPPER.readTree(et.out());
        assertEquals("xls", e.get("format").asText());
        assertEquals(10, e.get("entries").size());
        assertTrue(e.get("warnings").toString().contains("several website columns"), e.get("warnings").toString());
    }

    @Test
    void aWpsPrivateFileAndATextlessOfdGetOneLineNamingWhatTheyAre(@TempDir Path dir) throws Exception {
        Path wps = dir.resolve("目录.wps");
        Files.write(wps, wpsPrivate());
        ExtractCommandTest.Run r = ExtractCommandTest.run("extract", wps.toString());
        assertEquals(ExitCode.FILES_FAILED, r.code());
        assertEquals("", r.out());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("目录.wps") && err.contains("WPS Office file in WPS's private format"), err);
        assertFalse(err.contains("Exception"), err);

        Path ofd = dir.resolve("扫描件.ofd");
        Files.write(ofd, OfdFiles.page("<ofd:ImageObject ID=\"6\" Boundary=\"0 0 297 210\" CTM=\"297 0 0 210 0 0\" ResourceID=\"99\"/>"));
        ExtractCommandTest.Run scan = ExtractCommandTest.run("extract", ofd.toString());
        assertEquals(ExitCode.FILES_FAILED, scan.code());
        assertEquals(1, scan.err().strip().lines().count(), scan.err());
        assertTrue(scan.err().contains("needs OCR: the OFD has no text objects, only images"), scan.err());
    }

    @Test
    void ingestPicksOfdWpsAndEtFilesOutOfAFolder(@TempDir Path dir) throws Exception {
        Path tree = Files.createDirectories(dir.resolve("tree"));
        List<Path> files = new ArrayList<>();
        for (String f : List.of(OFD, WPS, ET)) files.add(Files.copy(Path.of(f), tree.resolve(Path.of(f).getFileName())));
        Files.writeString(tree.resolve("notes.md"), "not a catalog", StandardCharsets.UTF_8);
        IngestCommandTest.Result r = IngestCommandTest.run("ingest", tree.toString(), "--data", dir.resolve("data").toString(), "--json");
        assertEquals(ExitCode.OK, r.exit(), r.err());
        JsonNode counts = new ObjectMapper().readTree(r.out()).get("counts");
        assertEquals(3, counts.get("added").asInt(), r.out());
        assertEquals(0, counts.get("failed").asInt(), r.out());
        assertEquals(1, counts.get("ignored").asInt(), r.out());
        ExtractCommandTest.Run found = ExtractCommandTest.run("search", "异地就医", "--data", dir.resolve("data").toString(), "--json");
        assertEquals(ExitCode.OK, found.code(), found.err());
        assertTrue(found.out().contains("002_10e874960aa90f81.wps"), found.out());
    }

    /** An Office container WPS Office wrote (its KSOProductBuildVer property) with no Word or Excel stream in it. */
    static byte[] wpsPrivate() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            byte[] summary = new byte[512];
            byte[] property = "KSOProductBuildVer".getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(property, 0, summary, 100, property.length);
            fs.createDocument(new ByteArrayInputStream(summary), "\u0005DocumentSummaryInformation");
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "Contents");
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

package org.gkml.extract;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;

/**
 * Tells the format of a file from its bytes, never from its name: catalogs are routinely misnamed (an HTML
 * table saved as .xls, a DOCX named .doc). Tika's magic detector names the container; inside an OLE2
 * container the streams tell DOC from XLS (and a password-protected OOXML file), inside a zip the
 * declared content types tell DOCX from XLSX. Text is told from binary by decoding it.
 */
public final class FormatDetector {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final String FORMATS = "gkml reads PDF, OFD, DOC, DOCX, XLS, XLSX (also as .wps / .et), HTML and text (tab-separated, CSV) catalogs, and scans as PDF, PNG, JPEG or TIFF";
    /** Characters of a text file looked at for markup: a page's doctype and its first tags come well before this. */
    private static final int MARKUP_HEAD = 64 * 1024;
    /** Bytes read of a zip's small parts (mimetype, [Content_Types].xml): a forged entry cannot unpack without limit. */
    private static final int MAX_PART = 1024 * 1024;
    /** The custom document property WPS Office writes into every Office container it saves. */
    private static final String WPS_PROPERTY = "KSOProductBuildVer";

    private FormatDetector() {
    }

    /**
     * A file's format, and what deciding it already read so the extractor need not read it again: the decoded text
     * (text and markup without a type of their own), or the opened OLE2 container of a DOC or XLS file (its root).
     */
    public record Detection(FileFormat format, TextDecoder.DecodedText text, DirectoryNode ole2) {
        public Detection(FileFormat format, TextDecoder.DecodedText text) {
            this(format, text, null);
        }
    }

    /** The format of a non-empty file, or an {@link UnreadableFileException} saying what it is instead. */
    public static FileFormat detect(Path file, byte[] bytes) throws UnreadableFileException {
        return detectDecoding(file, bytes).format();
    }

    /** {@link #detect}, keeping the text decoded on the way so the text reader need not decode it again. */
    public static Detection detectDecoding(Path file, byte[] bytes) throws UnreadableFileException {
        Detection office = plainOle2(bytes);
        if (office != null) return office;
        MediaType type = tikaType(bytes);
        String t = type.getBaseType().toString();
        if (t.equals("application/pdf")) return new Detection(FileFormat.PDF, null);
        if (isA(type, "application/x-tika-msoffice") || t.equals("application/msword")
                || t.equals("application/vnd.ms-excel") || t.startsWith("application/x-tika-ooxml-protected")) {
            return new Detection(insideOle2(file, bytes), null);
        }
        if (isA(type, "application/zip")) return new Detection(insideZip(file, bytes), null);
        if (t.equals("text/html") || t.equals("application/xhtml+xml")) return new Detection(FileFormat.HTML, null);
        if (t.equals("application/rtf")) {
            throw new UnreadableFileException(file, null, "this is an RTF file, which gkml does not read; open it in Word or WPS and save it as DOCX");
        }
        if (t.equals("message/rfc822") || t.startsWith("multipart/")) return new Detection(FileFormat.HTML, null); // a saved web archive (MHT)
        if (t.equals("image/png") || t.equals("image/jpeg") || t.equals("image/tiff")) return new Detection(FileFormat.IMAGE, null); // a scan: OCR
        if (t.startsWith("image/")) {
            throw new UnreadableFileException(file, null, "this is an image (" + t + "); gkml reads scanned catalogs as PNG, JPEG or TIFF: save it as one of those");
        }
        if (t.startsWith("text/") || t.equals("application/octet-stream") || isA(type, "application/xml")) {
            return textOrHtml(file, bytes, type);
        }
        throw new UnreadableFileException(file, null, "this is a file of type " + t + ", not a catalog; " + FORMATS);
    }

    private static MediaType tikaType(byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return TIKA.detect(in, new Metadata());
        } catch (IOException e) {
            throw new IllegalStateException("reading a byte array failed", e);
        }
    }

    private static boolean isA(MediaType type, String ancestor) {
        return TIKA.getMediaTypeRegistry().isInstanceOf(type, MediaType.parse(ancestor));
    }

    private static Detection textOrHtml(Path file, byte[] bytes, MediaType tikaType) throws UnreadableFileException {
        TextDecoder.DecodedText decoded;
        try {
            decoded = TextDecoder.decode(file, bytes);
        } catch (UnreadableFileException e) {
            if (!tikaType.getBaseType().toString().equals("application/octet-stream")) throw e;
            throw new UnreadableFileException(file, null, "binary data of an unknown kind: not a text file, nor any format gkml reads "
                    + "(PDF, OFD, DOC, DOCX, XLS, XLSX, HTML, text); check that the file is complete and which program made it");
        }
        String text = decoded.text();
        String head = text.substring(0, Math.min(text.length(), MARKUP_HEAD)).stripLeading().toLowerCase(Locale.ROOT);
        boolean markup = head.startsWith("<");
        if (markup && (head.startsWith("<!doctype html") || head.contains("<html") || head.contains("<table"))) {
            return new Detection(FileFormat.HTML, null); // jsoup reads the page with its own charset rules
        }
        // Word 2003 XML is application/vnd.ms-wordml to Tika, an XML type by ancestry, not by name
        if (markup && (isA(tikaType, "application/xml") || tikaType.getBaseType().toString().contains("xml"))) {
            throw new UnreadableFileException(file, null, "this is an XML file (perhaps a Word 2003 XML document), not a catalog gkml reads; "
                    + "open it in Word or WPS and save it as DOCX");
        }
        return new Detection(FileFormat.TEXT, decoded);
    }

    /** The first bytes of every OLE2 container. */
    private static final byte[] OLE2_SIGNATURE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /**
     * A DOC or XLS file told by its OLE2 signature and its streams alone, with the container kept open for the
     * extractor; null for anything else (then Tika's magic decides, as it always did). Tika's magic detector runs
     * every pattern it knows over the file's head, which cost more than parsing a small XLS; for an OLE2 container
     * it only ever leads to the stream check below, which is what decides. A container that is encrypted, or holds
     * neither a Word nor an Excel stream, or does not open, takes the long way, so its message stays the same.
     */
    private static Detection plainOle2(byte[] bytes) {
        if (bytes.length < OLE2_SIGNATURE.length || !java.util.Arrays.equals(bytes, 0, OLE2_SIGNATURE.length, OLE2_SIGNATURE, 0, OLE2_SIGNATURE.length)) {
            return null;
        }
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
            FileFormat format = ole2Kind(fs.getRoot());
            if (format != null) return new Detection(format, null, fs.getRoot());
        } catch (IOException | RuntimeException e) {
            // damaged: the long way says so
        }
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException e) {
                // in memory: nothing to release
            }
        }
        return null;
    }

    /** DOC or XLS by the container's streams; null when encrypted or neither. */
    private static FileFormat ole2Kind(DirectoryNode root) {
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) return null;
        if (root.hasEntry("WordDocument")) return FileFormat.DOC;
        if (root.hasEntry("Workbook") || root.hasEntry("WORKBOOK") || root.hasEntry("Book")) return FileFormat.XLS;
        return null;
    }

    /** OLE2 (the pre-2007 Office container) holds DOC, XLS, PPT — and password-protected DOCX/XLSX. */
    private static FileFormat insideOle2(Path file, byte[] bytes) throws UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) throw OfficeFailures.encrypted(file, null);
            FileFormat office = ole2Kind(root);
            if (office != null) return office;
            if (root.hasEntry("PowerPoint Document")) {
                throw new UnreadableFileException(file, null, "this is a PowerPoint presentation, not a catalog; " + FORMATS);
            }
            String privateFormat = wpsOrWorks(root);
            if (privateFormat != null) throw new UnreadableFileException(file, null, privateFormat);
            throw new UnreadableFileException(file, null, "this is an Office (OLE2) file of an unknown kind; " + FORMATS);
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.damaged(file, null, "the file is damaged or truncated (its Office container is broken)", e);
        }
    }

    /**
     * The .wps / .et formats that are not Word 97 or Excel 97 inside (those read as DOC and XLS above): WPS Office's
     * own format — a container WPS wrote (its KSOProductBuildVer property in the document summary, or streams named
     * after Kingsoft's WPS / KSO) with neither a Word nor an Excel stream — and Microsoft Works' word processor (.wps
     * too: a CONTENTS stream beside MatOST). A one-line reason naming the format, or null.
     */
    private static String wpsOrWorks(DirectoryNode root) throws IOException {
        if (root.hasEntry("MatOST") && root.hasEntry("CONTENTS")) {
            return "this is a Microsoft Works document (Works' own .wps format, not WPS Office), which gkml does not read; "
                    + "open it in Word or WPS Office and save it as DOCX";
        }
        boolean wps = false;
        for (String name : root.getEntryNames()) {
            String n = name.toLowerCase(Locale.ROOT);
            wps |= n.contains("wps") || n.contains("kso") || n.contains("kingsoft");
        }
        String summary = "\u0005DocumentSummaryInformation";
        if (!wps && root.hasEntry(summary)) {
            try (InputStream in = root.createDocumentInputStream(summary)) {
                byte[] b = in.readNBytes(MAX_PART);
                String ascii = new String(b, StandardCharsets.ISO_8859_1), wide = new String(b, StandardCharsets.UTF_16LE);
                wps = ascii.contains(WPS_PROPERTY) || wide.contains(WPS_PROPERTY)
                        || new String(b, 1, Math.max(0, b.length - 1), StandardCharsets.UTF_16LE).contains(WPS_PROPERTY);
            }
        }
        if (!wps) return null;
        return "this is a WPS Office file in WPS's private format (not the Word 97 or Excel 97 format WPS also writes), "
                + "which gkml does not read; open it in WPS Office and save it as DOCX or XLSX";
    }

    /** A zip: DOCX and XLSX are told apart by the main part's content type in [Content_Types].xml. */
    private static FileFormat insideZip(Path file, byte[] bytes) throws UnreadableFileException {
        String contentTypes;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            long total = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (e.getSize() > 0) total += e.getSize();
            }
            if (total > ExtractionLimits.MAX_ZIP_TOTAL_BYTES) throw OfficeFailures.zipBomb(file, null);
            if (zip.getEntry("mimetype") != null && read(zip, "mimetype").startsWith("application/vnd.oasis.opendocument")) {
                throw new UnreadableFileException(file, null, "this is an OpenDocument file (ODT/ODS), which gkml does not read; "
                        + "save it as DOCX or XLSX");
            }
            // OFD (GB/T 33190): a zip whose entry point is OFD.xml at the root, an ofd:OFD element
            if (zip.getEntry("OFD.xml") != null && isOfdMain(read(zip, "OFD.xml"))) return FileFormat.OFD;
            ZipArchiveEntry ct = zip.getEntry("[Content_Types].xml");
            if (ct == null) throw new UnreadableFileException(file, null, "this is a zip archive, not a catalog; unpack it and give gkml the files inside");
            contentTypes = read(zip, "[Content_Types].xml");
        } catch (IOException | RuntimeException e) {
            throw OfficeFailures.damaged(file, null, "the file is damaged or truncated (its zip container is broken)", e);
        }
        if (contentTypes.contains("wordprocessingml.document.main") || contentTypes.contains("wordprocessingml.template.main")
                || contentTypes.contains("ms-word.document.macroEnabled.main") || contentTypes.contains("ms-word.template.macroEnabledTemplate.main")) {
            return FileFormat.DOCX;
        }
        if (contentTypes.contains("spreadsheetml.sheet.main") || contentTypes.contains("spreadsheetml.template.main")
                || contentTypes.contains("ms-excel.sheet.macroEnabled.main") || contentTypes.contains("ms-excel.template.macroEnabled.main")) {
            return FileFormat.XLSX;
        }
        if (contentTypes.contains("presentationml")) {
            throw new UnreadableFileException(file, null, "this is a PowerPoint presentation, not a catalog; " + FORMATS);
        }
        throw new UnreadableFileException(file, null, "this is an Office Open XML package of an unknown kind; " + FORMATS);
    }

    /** OFD.xml's root element is OFD (prefixed ofd: in every producer's output), whatever the namespace version. */
    private static boolean isOfdMain(String xml) {
        return java.util.regex.Pattern.compile("<(\\w+:)?OFD[\\s>]").matcher(xml).find();
    }

    /** A small part read whole; the size cap keeps a forged entry from unpacking without limit. */
    private static String read(ZipFile zip, String name) throws IOException {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readNBytes(MAX_PART), StandardCharsets.UTF_8);
        }
    }
}

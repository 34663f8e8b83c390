package org.gkml.extract.ofd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small OFD packages written by hand: one document, one page of the given content, one font, two draw params. */
public final class OfdFiles {

    private static final String NS = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private OfdFiles() {
    }

    /**
     * An A4 landscape page (297 × 210 mm) holding {@code pageObjects} in one layer. Font 10 is SimSun, font 11
     * Wingdings; draw param 20 strokes black, 21 strokes and fills white.
     */
    public static byte[] page(String pageObjects) {
        return ofd(
                "OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + NS + " Version=\"1.1\" DocType=\"OFD\"><ofd:DocBody>"
                        + "<ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
                "Doc_0/Document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + NS + "><ofd:CommonData><ofd:PageArea>"
                        + "<ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
                        + "<ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes><ofd:MaxUnitID>100</ofd:MaxUnitID></ofd:CommonData>"
                        + "<ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>",
                "Doc_0/PublicRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + NS + " BaseLoc=\"Res\"><ofd:Fonts>"
                        + "<ofd:Font ID=\"10\" FontName=\"SimSun\" FamilyName=\"SimSun\"/><ofd:Font ID=\"11\" FontName=\"Wingdings\" FamilyName=\"Wingdings\"/>"
                        + "</ofd:Fonts></ofd:Res>",
                "Doc_0/DocumentRes.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + NS + " BaseLoc=\"Res\"><ofd:DrawParams>"
                        + "<ofd:DrawParam ID=\"20\" LineWidth=\"0.25\"><ofd:StrokeColor Value=\"0 0 0\"/></ofd:DrawParam>"
                        + "<ofd:DrawParam ID=\"21\" LineWidth=\"0.25\"><ofd:StrokeColor Value=\"255 255 255\"/><ofd:FillColor Value=\"255 255 255\"/></ofd:DrawParam>"
                        + "</ofd:DrawParams></ofd:Res>",
                "Doc_0/Pages/Page_0/Content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + NS + "><ofd:Content>"
                        + "<ofd:Layer ID=\"2\">" + pageObjects + "</ofd:Layer></ofd:Content></ofd:Page>");
    }

    /**
     * A text object at (x, y) mm (its Boundary's corner), baseline {@code size} below it; each character steps on by
     * the font size, an ASCII one by half of it, as Chinese fonts set them.
     */
    public static String text(int id, double x, double y, double size, String text) {
        StringBuilder deltas = new StringBuilder();
        for (int i = 0; i + 1 < text.length(); i++) deltas.append(i == 0 ? "" : " ").append(text.charAt(i) < 0x80 ? size / 2 : size);
        return "<ofd:TextObject ID=\"" + id + "\" Boundary=\"" + x + " " + y + " " + (size * text.length()) + " " + (size * 1.2)
                + "\" Font=\"10\" Size=\"" + size + "\"><ofd:TextCode X=\"0\" Y=\"" + size + "\""
                + (text.length() > 1 ? " DeltaX=\"" + deltas + "\"" : "") + ">" + text + "</ofd:TextCode></ofd:TextObject>";
    }

    /** A stroked path of straight segments, in page millimetres (its Boundary is the page). */
    public static String path(int id, String drawParam, String data) {
        return "<ofd:PathObject ID=\"" + id + "\" Boundary=\"0 0 297 210\" DrawParam=\"" + drawParam + "\"><ofd:AbbreviatedData>" + data
                + "</ofd:AbbreviatedData></ofd:PathObject>";
    }

    /** The zip of the given (path, text) parts. */
    public static byte[] ofd(String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                z.putNextEntry(new ZipEntry(namesAndTexts[i]));
                z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

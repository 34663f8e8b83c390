package org.gkml.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Broken files of many kinds, generated into a folder: each must end up in the run report with a reason
 * while the batch goes on.
 */
public final class FaultCorpus {

    /**
     * @param name         file name inside the folder
     * @param mustFail     true when it can never be read as a catalog (a failure); false when a reader may
     *                     also take it as an odd document, as long as the report carries a warning for it
     * @param folderWarning true for things the walk reports as a warning rather than a failure
     * @param failureKind   the failure kind the report must give, or null where the reader decides
     */
    public record Fault(String name, String kind, boolean mustFail, boolean folderWarning, String failureKind,
                        boolean mustRead, String reasonSays) {
        public Fault(String name, String kind, boolean mustFail, boolean folderWarning, String failureKind) {
            this(name, kind, mustFail, folderWarning, failureKind, false, null);
        }

        /** A failure of kind "unreadable" whose reason must mention {@code says} (what the file is, what to do). */
        static Fault unreadable(String name, String kind, String says) {
            return new Fault(name, kind, true, false, "unreadable", false, says);
        }

        /** A damaged or odd file a careful reader still reads as a catalog. */
        static Fault reads(String name, String kind) {
            return new Fault(name, kind, false, false, null, true, null);
        }
    }

    /** Size cap to pass to ingest, so that {@code huge.pdf} is over it and the 50 MB one-line text is under it. */
    public static final long SIZE_CAP = 60L << 20;

    private FaultCorpus() {
    }

    public static List<Fault> generate(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Random random = new Random(20261123);
        List<Fault> faults = new ArrayList<>();

        faults.add(write(dir, "empty.txt", "zero bytes, text", new byte[0]));
        faults.add(write(dir, "empty.pdf", "zero bytes, pdf", new byte[0]));
        for (String ext : List.of("txt", "pdf", "docx", "xlsx", "doc", "xls", "html")) {
            faults.add(write(dir, "random." + ext, "random bytes named ." + ext, randomBytes(random, 20_000)));
        }
        byte[] docx = docx();
        faults.add(write(dir, "truncated.docx", "a zip cut in half", Arrays.copyOf(docx, docx.length / 2)));
        faults.add(write(dir, "bomb.docx", "a zip bomb (64 MB of one letter packed 1000:1)", zipBomb()));
        faults.add(write(dir, "not-ooxml.xlsx", "a valid zip that is no spreadsheet", zip("hello.txt", "hello".getBytes(StandardCharsets.UTF_8))));
        faults.add(write(dir, "truncated.pdf", "a PDF header and nothing after", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.ISO_8859_1)));
        faults.add(write(dir, "ole-header.doc", "an OLE2 signature and garbage", concat(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, randomBytes(random, 4000))));
        faults.add(text(dir, "prose.txt", "a text with no table",
                "关于做好政府信息公开工作的通知\n\n各区县人民政府：为进一步做好政府信息公开工作，现就有关事项通知如下。请认真贯彻落实。\n\n特此通知。\n"));
        faults.add(text(dir, "not-a-catalog.txt", "a text that is no catalog (a program listing)",
                "public static void main(String[] args) {\n    for (int i = 0; i < 10; i++) System.out.println(i);\n}\n"));
        faults.add(write(dir, "elf.txt", "a binary named .txt", concat(new byte[]{0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, randomBytes(random, 8000))));
        faults.add(write(dir, "zeros.txt", "NUL bytes named .txt", new byte[4096]));
        faults.add(write(dir, "utf16.txt", "UTF-16 junk", concat(new byte[]{(byte) 0xFF, (byte) 0xFE},
                "\uD800垃圾 ☃ \uFFFF 乱码 ▒▒▒".repeat(50).getBytes(StandardCharsets.UTF_16LE))));
        faults.add(text(dir, "no-table.html", "HTML with no table", "<html><head><title>目录</title></head><body><p>建设中</p></body></html>"));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.pdf").toFile(), "rw")) {
            huge.setLength(SIZE_CAP * 3); // sparse: costs no disk
        }
        faults.add(new Fault("huge.pdf", "a file over the size cap", true, false, "too-large"));
        Files.createDirectories(dir.resolve("folder.txt"));
        faults.add(new Fault("folder.txt", "a folder named .txt", false, true, null));
        Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
        faults.add(new Fault("loop.txt", "a symbolic link to itself", true, false, "not-a-file"));
        Files.createSymbolicLink(dir.resolve("dangling.pdf"), dir.resolve("gone.pdf"));
        faults.add(new Fault("dangling.pdf", "a symbolic link to nothing", true, false, "not-a-file"));
        Files.createDirectories(dir.resolve("cycle"));
        Files.createSymbolicLink(dir.resolve("cycle/back"), dir);
        faults.add(new Fault("cycle/back", "a symbolic link loop through folders", true, false, "not-a-file"));
        if (new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0) {
            faults.add(new Fault("pipe.txt", "a named pipe named .txt (reading it would block)", true, false, "not-a-file"));
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            // Root reads anything, so this kind only exists for other users.
            faults.add(text(dir, "secret.txt", "a file nobody may read", "序号\t事项\n1\t机构信息\n"));
            Files.setPosixFilePermissions(dir.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
        }
        faults.addAll(RealWorldFaults.generate(dir));
        return faults;
    }

    private static Fault write(Path dir, String name, String kind, byte[] bytes) throws IOException {
        Files.write(dir.resolve(name), bytes);
        return new Fault(name, kind, true, false, null);
    }

    private static Fault text(Path dir, String name, String kind, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        return new Fault(name, kind, false, false, null);
    }

    private static byte[] randomBytes(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";

    /** A minimal Word package: enough structure that a cut copy is recognisably a truncated zip. */
    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            StringBuilder body = new StringBuilder("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>");
            for (int i = 0; i < 200; i++) body.append("<w:tr><w:tc><w:p><w:r><w:t>").append(i).append(" 机构信息 领导信息</w:t></w:r></w:p></w:tc></w:tr>");
            z.write(body.append("</w:tbl></w:body></w:document>").toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** word/document.xml packed 1000:1 (64 MB in about 64 KB): what zip-bomb guards refuse; bigger costs the test seconds. */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("_rels/.rels"));
            z.write(RELS.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            OutputStream o = z;
            for (int i = 0; i < 64; i++) o.write(chunk);
            z.closeEntry();
        }
        return out.toByteArray();
    }
}

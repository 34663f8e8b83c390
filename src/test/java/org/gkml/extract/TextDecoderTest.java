package org.gkml.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextDecoderTest {

    private static final String SAMPLE = "序号\t一级事项\t二级事项\t公开内容（要素）\t公开时限\n"
            + "1\t机构信息\t机构概况\t机构名称、办公地址、办公电话及邮政编码\t信息形成或变更5个工作日内\n"
            + "2\t政策文件\t规范性文件\t文件标题、文号、发布日期；政策解读\t20个工作日内\n";
    private static final Path FILE = Path.of("catalog.txt");

    @ParameterizedTest(name = "{0} bom={1}")
    @CsvSource({
            "UTF-8,      '',     UTF-8",
            "UTF-8,      EFBBBF, UTF-8",
            "UTF-16LE,   FFFE,   UTF-16LE",
            "UTF-16BE,   FEFF,   UTF-16BE",
            "UTF-16LE,   '',     UTF-16LE",
            "UTF-16BE,   '',     UTF-16BE",
            "GB18030,    '',     GB18030",
            "GBK,        '',     GB18030",
            "GB2312,     '',     GB18030",
    })
    void decodesEachEncodingToTheSameText(String encoding, String bomHex, String expectedCharset) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(HexFormat.of().parseHex(bomHex.strip()));
        bytes.write(SAMPLE.getBytes(Charset.forName(encoding)));
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, bytes.toByteArray());
        assertEquals(SAMPLE, d.text());
        assertEquals(Charset.forName(expectedCharset), d.charset());
    }

    @Test
    void utf8ThatIsAlsoValidGb18030IsReadAsUtf8ByCharacterFrequency() throws Exception {
        byte[] utf8 = "政府信息公开目录\n机构信息\t公开时限\t办公地址\t领导信息\t政策文件\n".getBytes(StandardCharsets.UTF_8);
        // The premise: these UTF-8 bytes decode without error as GB18030 too (as mojibake).
        assertTrue(Charset.forName("GB18030").newDecoder().decode(java.nio.ByteBuffer.wrap(utf8)).length() > 0);
        assertTrue(utf8.length >= TextDecoder.MIN_BYTES_FOR_GUESS);
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, utf8);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.guessed());
    }

    @Test
    void aFewStrayNulBytesAreDroppedNotFatal() throws Exception {
        byte[] utf8 = SAMPLE.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(utf8, 0, 40);
        bytes.write(0);
        bytes.write(utf8, 40, utf8.length - 40);
        bytes.write(new byte[]{0, 0});
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, bytes.toByteArray());
        assertEquals(SAMPLE, d.text());
        assertEquals(3, d.nulsRemoved());
    }

    @Test
    void oneUnpairedSurrogateInUtf16IsReplacedNotFatal() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[]{(byte) 0xFF, (byte) 0xFE});
        bytes.write(SAMPLE.substring(0, 20).getBytes(StandardCharsets.UTF_16LE));
        bytes.write(new byte[]{0x3D, (byte) 0xD8}); // a lone high surrogate, U+D83D
        bytes.write(SAMPLE.substring(20).getBytes(StandardCharsets.UTF_16LE));
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, bytes.toByteArray());
        // the decoder may take the character after the lone surrogate with it; the rest is whole
        assertTrue(d.text().startsWith(SAMPLE.substring(0, 20) + "\uFFFD"), d.text());
        assertTrue(d.text().endsWith(SAMPLE.substring(22)), d.text());
        assertEquals(1, d.replaced());
    }

    @Test
    void big5IsReadAsBig5NotAsGb18030Nonsense() throws Exception {
        String traditional = "政府資訊公開目錄\n序號\t資訊名稱\t公開內容\t公開時限\n"
                + "1\t機構職能\t本機關的職責、內設機構、辦公地址\t資訊形成之日起20個工作日內\n"
                + "2\t規範性檔案\t檔案標題、文號、發佈日期\t20個工作日內\n";
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, traditional.getBytes(Charset.forName("Big5")));
        assertEquals(traditional, d.text());
        assertEquals(Charset.forName("Big5"), d.charset());
        assertEquals(Charset.forName("GB18030"), TextDecoder.decode(FILE, SAMPLE.getBytes(Charset.forName("GBK"))).charset(),
                "GBK stays GBK");
    }

    @Test
    void commonCharacterShareSeparatesChineseFromMojibake() {
        String mojibake = new String(SAMPLE.getBytes(StandardCharsets.UTF_8), Charset.forName("GB18030"));
        assertTrue(TextDecoder.commonChineseShare(SAMPLE) > 0.9, "real text");
        assertTrue(TextDecoder.commonChineseShare(mojibake) < 0.6, "UTF-8 misread as GB18030");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PNG header and NULs, 89504E470D0A1A0A0000000D4948445200000010",
            "ELF header,          7F454C4602010100000000000000000003003E00",
            "control characters,  01020304050607080E0F1011121314151617",
            "invalid UTF-8 and GB18030, 80FF80FF80FF80FF",
    })
    void binaryIsNotText(String what, String hex) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> TextDecoder.decode(FILE, HexFormat.of().parseHex(hex)));
        assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
    }

    @Test
    void randomBytesAreNotText() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> TextDecoder.decode(FILE, junk));
        assertTrue(e.getMessage().contains("not a text file"), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8, 0", "GB18030, 0", "UTF-8, -1"})
    void aStrayByteIsReplacedNotFatal(String encoding, int position) throws Exception {
        String text = SAMPLE.repeat(20) + "内";
        byte[] good = text.getBytes(Charset.forName(encoding));
        byte[] bad;
        if (position < 0) {
            bad = java.util.Arrays.copyOf(good, good.length - 1); // the last character cut off
        } else {
            bad = java.util.Arrays.copyOf(good, good.length + 1);
            bad[bad.length - 1] = (byte) 0xFF; // a stray byte at the end
        }
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, bad);
        assertEquals(Charset.forName(encoding), d.charset());
        assertEquals(1, d.replaced());
        assertTrue(d.text().startsWith(SAMPLE));
    }

    @Test
    void plainAsciiIsUtf8WithoutGuessing() throws Exception {
        TextDecoder.DecodedText d = TextDecoder.decode(FILE, "No.\tItem\n1\tBudget\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertFalse(d.guessed());
    }

    @Test
    void utf16WithoutBomNeedsTheNulPattern() {
        assertEquals(StandardCharsets.UTF_16LE, TextDecoder.utf16ByNulPattern("ab\n12".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(StandardCharsets.UTF_16BE, TextDecoder.utf16ByNulPattern("ab\n12".getBytes(StandardCharsets.UTF_16BE)));
        assertEquals(null, TextDecoder.utf16ByNulPattern(new byte[]{1, 0, 0, 1, 1, 0, 0, 1}));
    }
}

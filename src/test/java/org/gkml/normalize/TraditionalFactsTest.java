package org.gkml.normalize;

import org.gkml.catalog.Level;
import org.gkml.catalog.DeadlineUnit;
import org.gkml.vocabulary.Mappings;
import org.gkml.catalog.Region;
import org.gkml.table.Provenance;
import org.gkml.table.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Catalogs served in traditional characters: facts are matched through the fold, and stay as printed. */
class TraditionalFactsTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    @ParameterizedTest
    @CsvSource({
            "信息形成或變更之日起10個工作日內, 10, working_day",
            "收到申請之日起二十個工作日內, 20, working_day",
            "批覆後15日內, 15, day"})
    void deadlinesInTraditionalCharacters(String timeLimit, int days, String unit) {
        assertEquals(new Deadline(days, DeadlineUnit.fromJson(unit).orElse(null)), Deadline.parse(timeLimit));
    }

    /** 縣, 區, 鎮, 鄉: the county a traditional name holds fills province, city and county (gazetteer names). */
    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {
            "銀川市金鳳區醫療保障局政務公開基本目錄, 宁夏回族自治区, 银川市, 金凤区, county",
            "蒼溪縣陵江鎮人民政府政務公開標準目錄, 四川省, 广元市, 苍溪县, county",
            "衛輝市城郊鄉人民政府政務公開目錄, 河南省, 新乡市, 卫辉市, county",
            "佛山市順德區人力資源和社會保障局政務公開目錄, 广东省, 佛山市, 顺德区, county",
            "乾縣教育局政務公開目錄, 陕西省, 咸阳市, 乾县, county"})
    void regionOfATraditionalTitle(String title, String province, String city, String county, String level) {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines(title), List.of(), List.of());
        assertEquals(new Region(province, city, county), f.region());
        assertEquals(Level.fromJson(level).orElse(null), f.level());
        assertEquals(title, f.title());
    }

    @Test
    void agencyAndMetaStayAsPrinted() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("銀川市金鳳區醫療保障局政務公開基本目錄",
                "填表人：邱曉潔 填表時間：2023.11.2", "政府信息：主動公開一級事項 6 項；二級事項 16 項"), List.of(), List.of());
        assertEquals("銀川市金鳳區醫療保障局", f.agency());
        assertEquals("邱曉潔", f.meta().get("填表人"));
        assertEquals(16, f.meta().get("二級事項"));
    }

    @Test
    void agencyFromATraditionalPreambleKey() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("責任單位：金鳳區醫療保障局"), List.of(), List.of());
        assertEquals("金鳳區醫療保障局", f.agency());
    }

    @Test
    void levelWordsInTraditionalCharacters() {
        DocumentFacts f = DocumentFacts.read(VOCABULARY, "x.txt", lines("縣級醫療保障部門政務公開目錄"), List.of(), List.of());
        assertEquals(Level.COUNTY, f.level());
    }

    @Test
    void channelNamesOnLinesAreKnownInTraditionalCharacters() {
        assertEquals(List.of("政府網站", "兩微一端", "政務新媒體"), VOCABULARY.channels().parse("政府網站\n兩微一端\n政務新媒體").selected());
        assertEquals(List.of("發佈會/聽證會"), VOCABULARY.channels().parse("發佈會/聽證會").selected());
    }

    @Test
    void unitNamesEndInTraditionalCharacters() {
        assertEquals(List.of("行政審批處", "執法監督處"), Responsible.split(VOCABULARY.units(), "行政審批處\n執法監督處"));
    }

    private static List<TextLine> lines(String... texts) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) out.add(new TextLine(texts[i], Provenance.ofLine("x.txt", i + 1)));
        return out;
    }
}

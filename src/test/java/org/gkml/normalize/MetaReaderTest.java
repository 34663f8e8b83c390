package org.gkml.normalize;

import org.gkml.vocabulary.Mappings;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts outside the table, read from a few hand-built lines. */
class MetaReaderTest {

    private static final NormalizeVocabulary VOCABULARY = NormalizeVocabulary.of(Mappings.builtIn());

    private static Map<String, Object> read(String... lines) {
        return MetaReader.read(VOCABULARY.chrome(), Arrays.asList(lines), VOCABULARY.titles()::namesPlaceOrBody);
    }

    @Test
    void readsKeyValueLine() {
        assertEquals("某某县医疗保障局", read("填报单位：某某县医疗保障局").get("填报单位"));
    }

    @Test
    void aKeyMayCarryABracketedQualifier() {
        Map<String, Object> meta = read("填表说明：", "1.本表由各股室填写。", "填报单位（盖章）：某某县医疗保障局 填报时间：2024年3月15日");
        assertEquals("某某县医疗保障局", meta.get("填报单位（盖章）"));
        assertEquals("2024年3月15日", meta.get("填报时间"));
        assertEquals("1.本表由各股室填写。", meta.get("填表说明"));
    }

    @Test
    void readsSeveralPairsOnOneLine() {
        Map<String, Object> meta = read("填表人：张三　联系电话：0871-1234567");
        assertEquals("张三", meta.get("填表人"));
        assertEquals("0871-1234567", meta.get("联系电话"));
    }

    @Test
    void unkeyedLineContinuesThePreviousValue() {
        Map<String, Object> meta = read("备注：本目录每年", "更新一次。");
        assertEquals("本目录每年更新一次。", meta.get("备注"));
    }

    @Test
    void aDateOrNumberValueIsWholeAndTheNextLineDoesNotContinueIt() {
        Map<String, Object> meta = read("发布时间：2020-12-08", "为进一步推进政务公开工作，现将本局政务公开标准目录公布如下。");
        assertEquals("2020-12-08", meta.get("发布时间"));
        assertEquals("0871-1234567", read("联系电话：0871-1234567", "地址在县政府大楼。").get("联系电话"));
        assertEquals("2024年3月15日", read("填报时间：2024年3月15日", "以上内容动态调整。").get("填报时间"));
    }

    @Test
    void aNoticesSignatureDateAndAttachmentLineContinueNoValue() {
        // 关于印发…的通知: 附件：<catalog name>, then the signature (body, date), then 附件 over the attachment
        Map<String, Object> meta = read("附件：某某县人力资源和社会保障局政府信息公开目录", "某某县人力资源和社会保障局", "2024年4月8日",
                "附件", "说明：本目录动态", null, "调整。");
        assertEquals("某某县人力资源和社会保障局政府信息公开目录", meta.get("附件"));
        assertEquals("本目录动态", meta.get("说明"));
        // an empty value takes the body on the next line
        assertEquals("某某县人力资源和社会保障局", read("填报单位：", "某某县人力资源和社会保障局").get("填报单位"));
    }

    @Test
    void trailingSeparatorIsCutFromAValue() {
        assertEquals("张三", read("填表人：张三；").get("填表人"));
    }

    @Test
    void webChromeEndsAValue() {
        Map<String, Object> meta = read("备注：本目录每年更新一次。", "网站地图 | 联系我们 | 隐私声明", "如有变动另行通知。");
        assertEquals("本目录每年更新一次。", meta.get("备注"));
    }

    @Test
    void readsDeclaredCountsAsIntegers() {
        Map<String, Object> meta = read("事项数量：一级事项5项、二级事项20项");
        assertEquals(5, meta.get("一级事项"));
        assertEquals(20, meta.get("二级事项"));
    }

    @Test
    void countsInTraditionalCharactersKeepTheirPrintedKey() {
        assertEquals(16, read("說明：二級事項16項").get("二級事項"));
    }

    @Test
    void numberedLinesUnderAHeadingFormAList() {
        Map<String, Object> meta = read("一、编制说明", "1.依据条例编制", "2.每年更新");
        assertEquals(List.of("依据条例编制", "每年更新"), meta.get("编制说明"));
    }

    @Test
    void bracketedKeyAndAttachmentNumber() {
        Map<String, Object> meta = read("附件：2", "【说明】本目录供参考");
        assertEquals("2", meta.get("附件"));
        assertEquals("本目录供参考", meta.get("说明"));
    }

    @Test
    void blankAndNullLinesAreSkipped() {
        Map<String, Object> meta = read("", null, "　");
        assertTrue(meta.isEmpty());
        assertFalse(read("1:2 比例").containsKey("1"), "a key needs a Chinese character");
    }
}

package org.gkml.report;

import org.gkml.catalog.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The field an agency's name says: the name less its place and its kind of unit. */
class AgencyFieldTest {

    private static final AgencyField FIELD = new AgencyField(List.of("局", "厅", "委员会", "办公室", "中心"), List.of("人民政府", "办事处"));

    @ParameterizedTest(name = "{0} ({1} {2} {3}) → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "昆明市西山区医疗保障局 | 云南省 | 昆明市 | 西山区 | 医疗保障",
            // the place as the name writes it, when the region was not read
            "大武口区医疗保障局 | - | - | - | 医疗保障",
            "寻甸回族彝族自治县住房和城乡建设局 | - | - | - | 住房和城乡建设",
            "江西省教育厅 | - | - | - | 教育",
            "省医保局 | - | - | - | 医保",
            // a branch: the name up to its first unit
            "河源市生态环境局东源分局 | 广东省 | 河源市 | 东源县 | 生态环境",
            // 市 starting a word is no place
            "市场监督管理局 | - | - | - | 市场监督管理",
            "吴江区市场监督管理局 | - | - | - | 市场监督管理",
            "顺德区人力资源和社会保障局 | - | - | - | 人力资源和社会保障",
            // a general government, or a name with no unit, says no field
            "营盘镇人民政府 | - | - | - | -",
            "香山街道办事处 | - | - | - | -",
            "某某科 | - | - | - | -",
            "- | - | - | - | -"})
    void theNameLessPlaceAndUnit(String agency, String province, String city, String county, String field) {
        assertEquals(field, FIELD.of(agency, new Region(province, city, county)));
    }
}

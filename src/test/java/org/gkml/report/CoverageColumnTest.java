package org.gkml.report;

import org.gkml.catalog.CatalogDocument;
import org.gkml.catalog.Field;
import org.gkml.catalog.Level;
import org.gkml.catalog.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 覆盖 column a catalog goes under: its agency, else its title with its place, else its file name. */
class CoverageColumnTest {

    @ParameterizedTest(name = "{0} / {1} / {2} {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "宁海县交通运输局 | 宁海县交通运输领域基层政务公开标准目录 | 宁波市 | 宁海县 | 宁海县交通运输局",
            // no agency: the title, which names its county
            "- | 南江县乡村振兴领域基层政务公开标准目录 | 巴中市 | 南江县 | 南江县乡村振兴领域基层政务公开标准目录",
            // a title that names no place takes the county read around it
            "- | 社会救助领域基层政务公开标准目录 | - | 宝坻区 | 宝坻区 社会救助领域基层政务公开标准目录",
            "- | 住房保障领域基层政务公开标准目录 | 德州市 | - | 德州市 住房保障领域基层政务公开标准目录",
            // no place known, or no title: the file alone
            "- | 户籍管理领域基层政务公开标准目录 | - | - | t.docx",
            "- | - | 巴中市 | 南江县 | t.docx"})
    void agencyElseTitleAndPlaceElseFile(String agency, String title, String city, String county, String column) {
        CatalogDocument d = new CatalogDocument("t.docx", "docx", title, agency, new Region(null, city, county), Level.COUNTY,
                Map.of(), EnumSet.allOf(Field.class), List.of(), List.of());
        assertEquals(column, ReportBuilder.column(d));
    }
}

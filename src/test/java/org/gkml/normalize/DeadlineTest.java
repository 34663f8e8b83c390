package org.gkml.normalize;

import org.gkml.catalog.DeadlineUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadlineTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
            "信息产生或者变更之日起20个工作日内公开，保持长期公开（相关法律法规另有规定的，从其规定）。|20|working_day",
            "信息形成或变更5个工作日内|5|working_day",
            "项目开工后7个工作日内公开|7|working_day",
            "每年1月15日之前|NULL|NULL",
            "当年7月份公开上一年度信息|NULL|NULL",
            "自该政府信息形成或者变更之日起20个工作日内公开；长期公示，定期清理；自文件宣布废止、失效之日起1个工作日内更新有效性标注|20|working_day",
            "定期公开|NULL|NULL",
            "在答复建议和提案提出人的1个月内；定期清理|NULL|NULL",
            "5日内|5|day",
            "5天|5|day",
            "之日起 5 个工作日内|5|working_day",
            "五个工作日内|5|working_day",
            "十五日内|15|day",
            "二十个工作日|20|working_day",
            "３０日内|30|day",
            "每月10日前公开上月信息，或7个工作日内|7|working_day",
            "长期公开|NULL|NULL",
            // scrambled by a PDF export: count and unit apart
            "信息生成或者变更之日起20内予以公开个工作日|20|working_day",
            "之日起 5 内予以公 开个工作 日|NULL|NULL",
            "之日起5内予以公开个工作日，每年1月15日前更新|5|working_day",
            "之日起5内予以公开个工作日，变更后3内更新|NULL|NULL",
            "国务院令第711号公布之日起|NULL|NULL",
            "''|NULL|NULL",
            "NULL|NULL|NULL"})
    void readsFirstDayCount(String timeLimit, Integer days, String unit) {
        assertEquals(new Deadline(days, DeadlineUnit.fromJson(unit).orElse(null)), Deadline.parse(timeLimit));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @CsvSource(nullValues = "NULL", delimiter = '|', value = {
            "20|公开时限（工作日）|20|working_day",
            "20内|公开时限(工作日)|20|working_day",
            "十五|时限（日）|15|day",
            "7|公开时限（单位：天）|7|day",
            "20|公开时限|NULL|NULL",
            "长期|公开时限（工作日）|NULL|NULL",
            "5个工作日内|公开时限（日）|5|working_day",
            "2024|公开时限（工作日）|NULL|NULL"})
    void aBareCountTakesTheUnitItsColumnLabelStates(String timeLimit, String label, Integer days, String unit) {
        assertEquals(new Deadline(days, DeadlineUnit.fromJson(unit).orElse(null)),
                Deadline.parse(timeLimit, Deadline.unitOfLabel(label)));
    }
}

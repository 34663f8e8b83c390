package org.gkml.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the report, made once per workbook (a workbook holds at most 64 000). */
final class Styles {

    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle number;
    /** A coverage cell whose item the column lists. */
    final CellStyle covered;
    /** A coverage cell of an item the reference has and the column lacks. */
    final CellStyle lacking;

    Styles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrapped = wb.createCellStyle();
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setWrapText(true);

        number = wb.createCellStyle();
        number.setVerticalAlignment(VerticalAlignment.TOP);
        number.setAlignment(HorizontalAlignment.RIGHT);

        covered = wb.createCellStyle();
        covered.setAlignment(HorizontalAlignment.CENTER);
        covered.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        covered.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        lacking = wb.createCellStyle();
        lacking.setAlignment(HorizontalAlignment.CENTER);
        lacking.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        lacking.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}

package org.gkml.extract.office;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.gkml.table.Provenance;
import org.gkml.table.Warning;
import org.gkml.table.WarningCode;

import java.util.Optional;

/**
 * Formula cells that carry no saved result. Excel saves each formula's result beside it, and gkml shows that; a
 * workbook written by a program (a web system's export, a script) often holds only the formulas — a 序号 of
 * {@code =ROW()-2}, a 一级事项 of {@code =B3} repeating the cell above — which Excel computes on opening. They are
 * computed here the same way; one that cannot be (an external link, a function POI lacks) is left empty. Only
 * XLSX says whether a result was saved; an XLS formula always carries one.
 */
final class UnsavedFormulas {

    private final Workbook workbook;
    private FormulaEvaluator evaluator;
    private int computed;
    private int failed;

    UnsavedFormulas(Workbook workbook) {
        this.workbook = workbook;
    }

    /** What Excel shows in the cell: the saved result, or the formula computed when none was saved. */
    String text(Cell cell, DataFormatter formatter) {
        if (!(cell instanceof XSSFCell x) || cell.getCellType() != CellType.FORMULA || hasSavedResult(x)) {
            return formatter.formatCellValue(cell);
        }
        try {
            String text = formatter.formatCellValue(cell, evaluator());
            computed++;
            return text;
        } catch (RuntimeException e) {
            failed++;
            return "";
        }
    }

    /**
     * A result is saved when the cell has a value, or an empty one marked as text (Excel's way of saving a formula
     * that gives ""); a number cell with an empty value, as scripts write it, has none.
     */
    private static boolean hasSavedResult(XSSFCell cell) {
        var ct = cell.getCTCell();
        if (!ct.isSetV()) return false;
        return !ct.getV().isEmpty() || ct.getT() == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.STR;
    }

    private FormulaEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.setIgnoreMissingWorkbooks(true);
        }
        return evaluator;
    }

    /** The warning for the sheet just read, if any of its formulas had no saved result; counts start again. */
    Optional<Warning> warning(String sheetName, Provenance where) {
        if (computed == 0 && failed == 0) return Optional.empty();
        String message = "sheet \"" + sheetName + "\": " + (computed + failed) + " formula cell(s) without a saved result (the workbook"
                + " was not saved by Excel); " + computed + " computed as Excel would on opening"
                + (failed > 0 ? ", " + failed + " could not be computed and were left empty" : "");
        computed = 0;
        failed = 0;
        return Optional.of(new Warning(WarningCode.FORMULA_COMPUTED, message, where));
    }
}

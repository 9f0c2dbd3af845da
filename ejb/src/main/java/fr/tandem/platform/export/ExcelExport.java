package fr.tandem.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the same exports as {@link CsvExport} as an Excel workbook (.xlsx): one sheet, a bold
 * and frozen header row, every row. Numbers stay numbers so that people can add them up.
 * Streams rows to keep memory flat on long exports.
 */
public final class ExcelExport {

    /** The media type of an .xlsx file. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 200;

    private ExcelExport() {
    }

    /** A workbook of one sheet; cells that are {@link Number}s are written as numbers, others as text. */
    public static byte[] write(String sheetName, List<String> header, List<? extends List<?>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
             ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
            sheet.trackAllColumnsForAutoSizing();
            writeHeader(workbook, sheet, header);
            int index = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(index++);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    if (value instanceof Number number) {
                        row.createCell(column).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(column).setCellValue(value.toString());
                    }
                }
            }
            for (int column = 0; column < header.size(); column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(bytes);
            workbook.dispose();
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static void writeHeader(SXSSFWorkbook workbook, Sheet sheet, List<String> header) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        Row row = sheet.createRow(0);
        for (int column = 0; column < header.size(); column++) {
            row.createCell(column).setCellValue(header.get(column));
            row.getCell(column).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }
}

package fr.tandem.platform.export;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelExportTest {

    @Test
    void writesEveryRowWithNumbersAsNumbersAndAccentsIntact() throws IOException {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            rows.add(List.of("École n°" + i, i * 1.5));
        }
        byte[] xlsx = ExcelExport.write("Heures / année", List.of("École", "Heures"), rows);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum(), is(500));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue(), is("École"));
            assertThat(sheet.getRow(500).getCell(0).getStringCellValue(), is("École n°499"));
            assertThat(sheet.getRow(500).getCell(1).getCellType(), is(CellType.NUMERIC));
            assertThat(sheet.getRow(500).getCell(1).getNumericCellValue(), is(748.5));
        }
    }
}

package fr.tandem.plan.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.tandem.plan.GrantClaimStatus;
import fr.tandem.plan.PlanLineKind;
import fr.tandem.plan.Programme;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimInvoice;
import fr.tandem.plan.model.ClaimLineSummary;
import fr.tandem.plan.model.ClaimTotal;
import fr.tandem.platform.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ClaimFilesTest {

    private static final String HOSTILE = "=HYPERLINK(\"http://x\") <script>alert(1)</script>";
    private static final LocalDate MAY = LocalDate.of(2026, 5, 4);

    private static ClaimLineSummary line(String label, String school, String rate, String base, String amount,
                                         ClaimInvoice... invoices) {
        return new ClaimLineSummary(1L, school == null ? null : "0340001S", school, 2025, PlanLineKind.EQUIPMENT, label,
                new BigDecimal(rate), new BigDecimal(base), new BigDecimal(amount), new BigDecimal(amount),
                List.of("ENI-1", "ENI-2"), List.of(invoices));
    }

    private static ClaimInvoice invoice(String reference, String amount) {
        return new ClaimInvoice(reference, MAY, MAY.plusDays(10), new BigDecimal(amount));
    }

    /** Made at 23:30 UTC on 31 May: 1 June in Paris. */
    private static final ClaimDetail CLAIM = new ClaimDetail(9, "TNE-2026-001", "Béziers", 5, "Plan " + HOSTILE,
            Programme.TNE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Instant.parse("2026-05-31T23:30:00Z"),
            "dsi", GrantClaimStatus.SUBMITTED, new BigDecimal("12000.00"), new BigDecimal("8100.00"), null, null,
            HOSTILE, List.of(line(HOSTILE, "École A", "70", "11000.00", "7700.00", invoice("F-1", "6000.00"),
                    invoice("F-2", "5000.00")), line("Formation", null, "40", "1000.00", "400.00",
                    invoice("F-3", "1000.00"))),
            List.of(new ClaimTotal("", null, new BigDecimal("1000.00"), new BigDecimal("400.00")),
                    new ClaimTotal("0340001S", "École A", new BigDecimal("11000.00"), new BigDecimal("7700.00"))),
            List.of(new ClaimTotal("2025", "2025–2026", new BigDecimal("12000.00"), new BigDecimal("8100.00"))),
            true, 0);

    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        return text.toString();
    }

    @Test
    void thePdfSummarySaysWhatIsClaimedTheSameAtEveryDownloadInEitherLanguage() throws IOException {
        String french = text(ClaimFiles.pdf(CLAIM, Language.FRENCH));
        assertThat(french, containsString("Demande de subvention TNE-2026-001"));
        assertThat("the day made, in Paris", french, containsString("01/06/2026"));
        assertThat(french, containsString("8 100,00 €"));
        assertThat(french, containsString("Toutes les écoles de la ville"));
        assertThat(french, containsString("F-1, F-2"));
        assertThat(french, containsString("<script>alert(1)</script>"));
        assertThat(text(ClaimFiles.pdf(CLAIM, Language.FRENCH)), is(french));
        String english = text(ClaimFiles.pdf(CLAIM, Language.ENGLISH));
        assertThat(english, containsString("Grant claim TNE-2026-001"));
        assertThat(english, containsString("€8,100.00"));
        assertThat(english, not(containsString("Demande")));
    }

    @Test
    void theExcelDetailHasOneRowPerInvoiceTheLinesAmountsSharedAndTotalsWithTextNeverAFormula() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ClaimFiles.excel(CLAIM, Language.FRENCH)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum(), is(4));
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue(), is("Facture"));
            Row first = sheet.getRow(1);
            assertThat(first.getCell(3).getCellType(), is(CellType.STRING));
            assertThat(first.getCell(3).getStringCellValue(), is(HOSTILE));
            assertThat(first.getCell(4).getStringCellValue(), is("ENI-1, ENI-2"));
            assertThat(first.getCell(5).getStringCellValue(), is("F-1"));
            assertThat(first.getCell(10).getNumericCellValue() + sheet.getRow(2).getCell(10).getNumericCellValue(),
                    is(7700.0));
            assertThat(first.getCell(10).getNumericCellValue(), is(4200.0));
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue(), is("Toutes les écoles de la ville"));
            Row total = sheet.getRow(4);
            assertThat(total.getCell(8).getNumericCellValue(), is(12000.0));
            assertThat(total.getCell(10).getNumericCellValue(), is(8100.0));
        }
    }
}

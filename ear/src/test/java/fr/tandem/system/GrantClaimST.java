package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A grant claim made in the pages: city staff choose the plan, the programme and the period, read the
 * preview of the line paid in it, confirm, and download the claim's PDF summary and Excel detail
 * (Chromium saves them in a directory of the test, which opens and reads them). Both pages pass axe
 * and fit a phone's width; the councillor reads the claim without the buttons that change it.
 */
class GrantClaimST extends SystemTestBase {

    private static final String LABEL = "Écrans <b>salle</b> 4";

    @Test
    void cityStaffMakeAClaimInThePageAndDownloadItsFiles() throws IOException {
        GrantClaimData data = GrantClaimData.paidLine(api, LABEL);
        login(DemoAccount.CITY_STAFF);
        open("/plan/claims.xhtml");
        new Select(waitFor(By.id("claim-plan"))).selectByValue(String.valueOf(data.plan));
        new Select(browser().findElement(By.id("claim-programme"))).selectByValue("TNE");
        JavascriptExecutor script = (JavascriptExecutor) browser();
        script.executeScript("arguments[0].value = arguments[1];", browser().findElement(By.id("claim-from_input")),
                "01/01/2026");
        script.executeScript("arguments[0].value = arguments[1];", browser().findElement(By.id("claim-to_input")),
                "30/06/2026");
        browser().findElement(By.id("claim-preview")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("claim-preview-lines"), LABEL));
        assertThat(compact(By.id("claim-preview-amount")), is("7700,00€"));
        assertThat(textOf(By.id("claim-preview-lines")), containsString("F-ST-1-" + data.line));
        assertAccessibleAndFitsAPhone("/plan/claims.xhtml (preview)");

        waitFor(By.id("claim-confirm")).click();
        waiting().until(ExpectedConditions.urlContains("/plan/claim.xhtml?id="));
        waitFor(By.id("claim-status"));
        assertThat(textOf(By.id("claim-status")), is("Envoyée"));
        assertThat(compact(By.id("claim-amount")), is("7700,00€"));
        assertThat(textOf(By.id("claim-lines")), containsString(LABEL));
        String reference = browser().findElement(By.tagName("h1")).getText().strip();
        assertThat(reference.matches("TNE-20\\d\\d-\\d{3}"), is(true));
        assertThat(browser().findElements(By.cssSelector("#claim-chart canvas")).size(), is(1));
        assertAccessibleAndFitsAPhone("/plan/claim.xhtml");

        Path downloads = Files.createTempDirectory("tandem-st-claims-");
        ((ChromeDriver) browser()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser().findElement(By.id("claim-pdf")).click();
        Path pdf = downloaded(downloads, reference + ".pdf");
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text, containsString("Demande de subvention " + reference));
        assertThat(text, containsString("7 700,00 €"));
        assertThat(text, containsString(LABEL));

        new Select(browser().findElement(By.id("claim-language"))).selectByValue("en");
        browser().findElement(By.id("claim-excel")).click();
        Path xlsx = downloaded(downloads, reference + ".xlsx");
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue(), is("Invoice"));
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue(), is(LABEL));
            assertThat(sheet.getRow(3).getCell(10).getNumericCellValue(), is(7700.0));
        }

        login(DemoAccount.COUNCILLOR);
        open("/plan/claims.xhtml");
        waitFor(By.linkText(reference)).click();
        waitFor(By.id("claim-status"));
        assertThat(browser().findElements(By.id("claim-cancel")).isEmpty(), is(true));
        assertThat(browser().findElements(By.id("claim-pdf")).size(), is(1));
    }

    /** An element's text without its spaces (the page groups thousands with a narrow no-break space). */
    private String compact(By locator) {
        return textOf(locator).replaceAll("[\\s\\u00a0\\u202f]", "");
    }

    /** Waits until Chromium has written the whole file (no partial download left) and answers its path. */
    private Path downloaded(Path directory, String name) {
        Path file = directory.resolve(name);
        waiting().until(d -> Files.isRegularFile(file) && noPartialDownload(directory));
        return file;
    }

    private static boolean noPartialDownload(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        } catch (IOException e) {
            return false;
        }
    }

    private void assertAccessibleAndFitsAPhone(String page) {
        waitForAjaxControls();
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertTrue(blocking.isEmpty(), () -> blocking.stream().map(Axe.Violation::toString)
                .collect(Collectors.joining("\n")));
        onPhone(() -> {
            assertNoSidewaysScroll(page);
            return null;
        });
    }
}

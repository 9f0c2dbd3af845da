package fr.tandem.dashboard.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.tandem.dashboard.model.YearInReview;
import fr.tandem.platform.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The year in review's PDF: a cover in Paris time, one page per theme with both years and the change. */
class YearInReviewPdfTest {

    private static final String HOSTILE = "<script>alert(1)</script> \"=cmd\"";

    private static YearInReview.Year year(String label, long screens, String equipment, boolean money) {
        Map<String, Long> delivered = new LinkedHashMap<>();
        delivered.put("INTERACTIVE_SCREEN", screens);
        delivered.put("TABLET", 2L);
        return new YearInReview.Year(label, delivered,
                money ? new YearInReview.Money(new BigDecimal(equipment), new BigDecimal("100.00"),
                        new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("20.00")) : null,
                new YearInReview.Training(12, 5, 3, 12_960L, 6_480L), new YearInReview.Licences(2, 40, 30),
                new YearInReview.Requests(10, 9, 8, 8, 6));
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(extractor.getTextFromPage(page)).append('\n');
        }
        return all.toString();
    }

    /** The text without its spaces: the extractor spaces a table's cells unevenly. */
    private static String cells(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void frenchByDefaultWithBothYearsAndTheChange() throws Exception {
        YearInReview review = new YearInReview(HOSTILE, Instant.parse("2026-08-31T21:30:00Z"),
                year("2025-2026", 5, "3000.00", true), year("2024-2025", 2, "1000.50", true));
        String pdf = text(YearInReviewPdf.of(review, Language.FRENCH));
        assertThat(pdf, containsString("Bilan de l'année scolaire 2025-2026"));
        assertThat("Paris time", pdf, containsString("Établi le 31 août 2026 à 23:30 (heure de Paris)"));
        assertThat("a name is text", pdf, containsString("Périmètre : " + HOSTILE));
        assertThat(pdf, containsString("Équipement livré"));
        assertThat(cells(pdf), containsString(cells("Écrans numériques interactifs 5 2 +3")));
        assertThat(cells(pdf), containsString(cells("Achats d'équipement 3000,00 € 1000,50 € +1999,50 €")));
        assertThat(pdf, containsString("Formation des enseignants"));
        assertThat(pdf, containsString("Demandes et niveaux de service"));
        assertThat(pdf, not(containsString("Equipment delivered")));
    }

    @Test
    void englishWhenAskedAndNoMoneyForTheInspectorate() throws Exception {
        YearInReview review = new YearInReview("Béziers-Centre", Instant.parse("2026-12-07T08:00:00Z"),
                year("2026-2027", 1, "0", false), year("2025-2026", 1, "0", false));
        String pdf = text(YearInReviewPdf.of(review, Language.ENGLISH));
        assertThat(pdf, containsString("School year 2026-2027 in review"));
        assertThat(pdf, containsString("Made on 7 December 2026 at 09:00 (Paris time)"));
        assertThat(pdf, containsString("Equipment delivered"));
        assertThat(cells(pdf), containsString(cells("Interactive screens 1 1 0")));
        assertThat(pdf, not(containsString("Money spent and granted")));
        assertThat(pdf, containsString("Amounts are the city's business"));
        assertThat(pdf.contains("Bilan"), is(false));
    }
}

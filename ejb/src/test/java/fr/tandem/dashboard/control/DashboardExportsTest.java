package fr.tandem.dashboard.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.tandem.dashboard.model.DashboardFigures;
import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentFigures;
import fr.tandem.dashboard.model.LicenceFigures;
import fr.tandem.dashboard.model.RequestFigures;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.platform.Language;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashboard's files speak the language of who asks for them, French by default, with its numbers. */
class DashboardExportsTest {

    private static final DashboardFigures FIGURES = new DashboardFigures(new DashboardFilter(2026, "0341101M", null),
            new TrainingFigures("2026-2027", 5, 12, 3, 12_960L, 4_500L,
                    List.of(new TrainingFigures.Row("0341101M", "Béziers-Centre", 12, 3, 12_960L, 4_500L))),
            new LicenceFigures(1, 20, 15, new BigDecimal("1250.50"), new BigDecimal("250.00"),
                    List.of(new LicenceFigures.Row("0349104L", "", 20, 15, new BigDecimal("1250.50"),
                            new BigDecimal("250.00")))),
            new EquipmentFigures(3, 1, Map.of("TABLET", 3L), new BigDecimal("900.00"), BigDecimal.ZERO,
                    List.of(new EquipmentFigures.Row("0349104L", "École (démo)", 3, 1, Map.of("TABLET", 3L),
                            new BigDecimal("900.00"), BigDecimal.ZERO))),
            new RequestFigures(2, 1, 2, 1, 1, 1, List.of(new RequestFigures.Row("HARDWARE", 2, 1, 2, 1, 1, 1))));

    @Test
    void frenchCsvKeepsItsHeaderAndDecimalComma() {
        String csv = new String(DashboardExports.csv(FIGURES, Language.FRENCH), StandardCharsets.UTF_8);
        assertThat(csv, startsWith("\uFEFFRubrique;Ligne;Code;Indicateur;Valeur"));
        assertThat(csv, containsString("Licences;Non attribué;0349104L;Dépense (€);1250,50"));
        assertThat(csv, containsString("tablettes : 3"));
        assertThat(csv, containsString("Matériel"));
    }

    @Test
    void englishCsvAndPdfSpeakEnglish() throws Exception {
        String csv = new String(DashboardExports.csv(FIGURES, Language.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv, startsWith("\uFEFFSection;Line;Code;Figure;Value"));
        assertThat(csv, containsString("Licences;Not assigned;0349104L;Spending (€);1250.50"));
        assertThat(csv, containsString("tablets: 3"));
        assertThat(csv, containsString("Hardware"));
        assertThat(csv, not(containsString("Rubrique")));

        String pdf = new PdfTextExtractor(new PdfReader(DashboardExports.pdf(FIGURES, Language.ENGLISH)))
                .getTextFromPage(1);
        assertThat(pdf, containsString("Partnership dashboard"));
        assertThat(pdf, containsString("School year 2026-2027 — district 0341101M"));
        assertThat(pdf, containsString("Teachers' training 2026-2027"));
    }
}

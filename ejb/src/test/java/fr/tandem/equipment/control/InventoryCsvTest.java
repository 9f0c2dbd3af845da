package fr.tandem.equipment.control;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.platform.RuleViolation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inventory file: columns in any order and case, French words, Latin-1, and what is refused. */
class InventoryCsvTest {

    @Test
    void aLatin1FileWithFrenchWordsIsRead() {
        String csv = "UAI;Numero_Serie;Marque;Type;Prix;Part_TNE;Date_Achat;Statut\r\n"
                + "0349104L;eni-7;Speechi;Écran numérique interactif;1 234,50;740,70;02/09/2025;en réparation\r\n"
                + "\r\n"
                + "0349104L;TAB-8;Apple;classe mobile;;;2025-09-02;\r\n";
        List<InventoryCsv.Row> rows = InventoryCsv.read(csv.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(rows.size(), is(2));
        assertThat(rows.get(0).line(), is(2));
        assertThat(rows.get(0).serialNumber(), is("eni-7"));
        InventoryCsv.Values first = rows.get(0).values();
        assertThat(first.details().type(), is(EquipmentType.INTERACTIVE_SCREEN));
        assertThat(first.details().price(), is(new BigDecimal("1234.50")));
        assertThat(first.details().cityAmount(), is(new BigDecimal("493.80")));
        assertThat(first.details().purchaseDate(), is(LocalDate.of(2025, 9, 2)));
        assertThat(first.status(), is(EquipmentStatus.IN_REPAIR));
        InventoryCsv.Values second = rows.get(1).values();
        assertThat(second.details().type(), is(EquipmentType.MOBILE_TABLET_SET));
        assertThat(second.status(), is(nullValue()));
        assertThat(rows.get(1).line(), is(4));
    }

    @Test
    void aBadValueIsRefusedForItsLineOnly() {
        List<InventoryCsv.Row> rows = InventoryCsv.read(("numero_serie;type;marque;uai;prix\nA-1;ENI;X;0349104L;douze\n"
                + "A-2;ENI;X;0349104L;12\n").getBytes(StandardCharsets.UTF_8));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> rows.get(0).values());
        assertThat(refused.key(), is("equipment.csv.value"));
        assertThat(rows.get(1).values().details().price(), is(new BigDecimal("12.00")));
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRefusedWhole() {
        assertThat(assertThrows(RuleViolation.class, () -> InventoryCsv.read("serial;type\nX;ENI\n"
                .getBytes(StandardCharsets.UTF_8))).key(), is("equipment.csv.structure"));
        assertThat(assertThrows(RuleViolation.class, () -> InventoryCsv.read(new byte[0])).key(),
                is("equipment.csv.structure"));
    }

    @Test
    void anExportWithFormulaLikeTextImportsBackTheSameText() {
        List<InventoryCsv.Row> rows = InventoryCsv.read(("numero_serie;type;marque;modele;uai;salle\r\n"
                + "'=X-1;ENI;'@Brand;\"'=HYPERLINK(\"\"http://evil\"\";\"\"clic\"\")\";0349104L;'@SUM(1+1)\r\n"
                + "X-2;ENI;B;'plain;0349104L;-12\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rows.get(0).serialNumber(), is("=X-1"));
        InventoryCsv.Values first = rows.get(0).values();
        assertThat(first.details().brand(), is("@Brand"));
        assertThat(first.details().model(), is("=HYPERLINK(\"http://evil\";\"clic\")"));
        assertThat(first.details().room(), is("@SUM(1+1)"));
        InventoryCsv.Values second = rows.get(1).values();
        assertThat("a quote the export did not add stays", second.details().model(), is("'plain"));
        assertThat(second.details().room(), is("-12"));
    }
}

package fr.tandem.licence;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenceDocumentTest {

    private final City city = new City("Fresnes", List.of("94034"));
    private final Licence licence = new Licence(city, new Product(city, new ProductDetails("ENI", ProductKind.SOFTWARE,
            null, null, null, null, null), null), new LicenceTerms(null, LicenceKind.UNLIMITED, null, null,
            LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31), BigDecimal.ONE, "EUR", null, null, null, null, true,
            null, null, null, null, null), null);

    @Test
    void keepsAnAcceptedFileWithItsTypeFromTheExtension() {
        LicenceDocument cut = new LicenceDocument(licence, "Contrat/2026.PDF", "%PDF-1.4".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII), Instant.EPOCH);
        assertThat(cut.contentType(), is("application/pdf"));
        assertThat(cut.fileName(), is("Contrat_2026.PDF"));
        assertThat(cut.byteSize(), is(8));
    }

    @Test
    void refusesOtherTypesEmptyAndOversizedFiles() {
        assertThat(assertThrows(RuleViolation.class,
                () -> new LicenceDocument(licence, "setup.exe", new byte[] {1}, Instant.EPOCH)).key(),
                is("licence.document.type"));
        assertThrows(RuleViolation.class, () -> new LicenceDocument(licence, "a.pdf", new byte[0], Instant.EPOCH));
        assertThat(assertThrows(RuleViolation.class, () -> new LicenceDocument(licence, "a.pdf",
                new byte[LicenceDocument.MAX_BYTES + 1], Instant.EPOCH)).key(), is("licence.document.tooLarge"));
    }

    @Test
    void refusesAFileWhoseContentIsNotOfItsExtensionsType() {
        for (String name : new String[] {"contrat.pdf", "photo.png", "photo.jpg", "contrat.docx"}) {
            assertThat(name, assertThrows(RuleViolation.class, () -> new LicenceDocument(licence, name,
                    "MZ program".getBytes(java.nio.charset.StandardCharsets.US_ASCII), Instant.EPOCH)).key(),
                    is("licence.document.content"));
        }
    }
}

package fr.tandem.training;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void aPdfIsKnownByItsContentAndGetsASafeName() {
        Certificate cut = Certificate.of("..\\C:/tmp/<script>attestation m@gistère.png",
                "%PDF-1.7 hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(cut.contentType(), is("application/pdf"));
        assertThat(cut.fileName(), is("_script_attestation_m_gist_re.pdf"));
    }

    @Test
    void aWebpPhotoOrATextIsNoCertificate() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
        assertThat(assertThrows(RuleViolation.class, () -> Certificate.of("photo.webp", webp)).key(),
                is("outsideHours.certificate.type"));
        assertThat(assertThrows(RuleViolation.class, () -> Certificate.of("a.pdf", "hello".getBytes(StandardCharsets.US_ASCII)))
                .key(), is("outsideHours.certificate.type"));
        assertThat(assertThrows(RuleViolation.class, () -> Certificate.of("a.pdf", new byte[0])).key(),
                is("outsideHours.certificate.missing"));
    }
}

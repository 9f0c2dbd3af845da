package fr.tandem.support;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.tandem.platform.RuleViolation;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Files are accepted by their content, up to 5 MB. */
class AttachmentPolicyTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Test
    void photosAndPdfAreRecognisedByTheirContent() {
        assertThat(AttachmentPolicy.check("ecran.png", PNG), is("image/png"));
        assertThat(AttachmentPolicy.check("photo", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1}), is("image/jpeg"));
        assertThat(AttachmentPolicy.check("devis.pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)),
                is("application/pdf"));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWhateverItsName() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> AttachmentPolicy.check("photo.png", "MZ not a picture".getBytes(StandardCharsets.US_ASCII)));
        assertThat(refused.key(), is("support.file.type"));
    }

    @Test
    void aFileOverFiveMegabytesOrEmptyIsRefused() {
        byte[] big = Arrays.copyOf(PNG, AttachmentPolicy.MAX_BYTES + 1);
        assertThat(assertThrows(RuleViolation.class, () -> AttachmentPolicy.check("big.png", big)).key(),
                is("support.file.tooLarge"));
        assertThat(AttachmentPolicy.check("just.png", Arrays.copyOf(PNG, AttachmentPolicy.MAX_BYTES)), is("image/png"));
        assertThat(assertThrows(RuleViolation.class, () -> AttachmentPolicy.check("empty.png", new byte[0])).key(),
                is("support.file.empty"));
    }

    @Test
    void namesAreMadeSafe() {
        assertThat(AttachmentPolicy.safeName("C:\\Users\\x\\écran \"cassé\".jpg"), is("écran _cassé_.jpg"));
        assertThat(AttachmentPolicy.safeName("../../etc/passwd"), is("passwd"));
    }
}

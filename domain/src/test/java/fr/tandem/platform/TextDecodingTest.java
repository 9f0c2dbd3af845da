package fr.tandem.platform;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecodingTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String TEXT = "École élémentaire Jaurès;«Béziers»";

    private static byte[] bomThen(byte[] rest) {
        byte[] bytes = new byte[BOM.length + rest.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(rest, 0, bytes, BOM.length, rest.length);
        return bytes;
    }

    @Test
    void utf8IsReadAsUtf8() {
        TextDecoding.Decoded cut = TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(cut.text(), is(TEXT));
        assertThat(cut.charset(), is(StandardCharsets.UTF_8));
    }

    @Test
    void theByteOrderMarkIsDropped() {
        byte[] bytes = bomThen(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(TextDecoding.decode(bytes, StandardCharsets.ISO_8859_1).text(), is(TEXT));
        assertThat(TextDecoding.decodeTrustingBom(bytes, TextDecoding.WINDOWS_1252).text(), is(TEXT));
    }

    @Test
    void bytesThatAreNotUtf8AreReadInTheFallback() {
        TextDecoding.Decoded latin1 = TextDecoding.decode(TEXT.getBytes(StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1);
        assertThat(latin1.text(), is(TEXT));
        assertThat(latin1.charset(), is(StandardCharsets.ISO_8859_1));
        // windows-1252 has the typographic quotes and the euro sign where Latin-1 has control codes
        TextDecoding.Decoded windows = TextDecoding.decode("L’école – 3 €".getBytes(TextDecoding.WINDOWS_1252),
                TextDecoding.WINDOWS_1252);
        assertThat(windows.text(), is("L’école – 3 €"));
        assertThat(windows.charset(), is(TextDecoding.WINDOWS_1252));
    }

    @Test
    void aByteOrderMarkBeforeBadBytesIsReadInTheFallbackOrTrustedAsUtf8() {
        byte[] bytes = bomThen("é".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(TextDecoding.decode(bytes, StandardCharsets.ISO_8859_1).text(), is("ï»¿é"));
        TextDecoding.Decoded trusted = TextDecoding.decodeTrustingBom(bytes, TextDecoding.WINDOWS_1252);
        assertThat(trusted.text(), is("\uFFFD"));
        assertThat(trusted.charset(), is(StandardCharsets.UTF_8));
    }

    @Test
    void nothingIsAnEmptyText() {
        assertThat(TextDecoding.decode(new byte[0], StandardCharsets.ISO_8859_1).text(), is(""));
        assertThat(TextDecoding.decodeTrustingBom(BOM, TextDecoding.WINDOWS_1252).text(), is(""));
        assertThat(TextDecoding.isUtf8(new byte[0]), is(true));
    }

    @Test
    void utf8IsStrict() {
        assertThat(TextDecoding.isUtf8(TEXT.getBytes(StandardCharsets.UTF_8)), is(true));
        assertThat(TextDecoding.isUtf8(TEXT.getBytes(StandardCharsets.ISO_8859_1)), is(false));
        // an overlong encoding of '/' and a lone surrogate are not UTF-8
        assertThat(TextDecoding.isUtf8(new byte[] {(byte) 0xC0, (byte) 0xAF}), is(false));
        assertThat(TextDecoding.isUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}), is(false));
    }
}

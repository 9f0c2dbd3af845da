package fr.tandem.equipment.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.QrCodes;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/**
 * Labels print as sheets of 3 × 8 and carry a QR code that reads back as the report page's address
 * for the item, in the reader's language.
 */
class EquipmentLabelsTest {

    private static final String BASE = "https://tandem.ville-beziers.fr/support/new.xhtml?equipment=";
    private static final Pattern SQUARE = Pattern.compile("([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) re");

    @Test
    void theQrCodeReadsBackAsTheReportAddressOfTheItem() throws Exception {
        String address = EquipmentLabels.reportAddress(BASE, 4321);
        assertThat(address, is(BASE + "4321"));
        assertThat(decode(QrCodes.matrix(address)), is(address));
    }

    @Test
    void thirtyItemsPrintOnTwoSheetsOfTwentyFourWhoseQrCodesReadBackAsTheirAddresses() throws Exception {
        List<EquipmentSummary> items = LongStream.rangeClosed(1, 30).mapToObj(id -> item(id, "SER-" + id)).toList();
        PdfReader pdf = new PdfReader(new EquipmentLabels().pdf(items, BASE, LocalDate.of(2026, 11, 30), Language.FRENCH));
        assertThat(pdf.getNumberOfPages(), is(2));
        List<String> first = qrCodesOfPage(pdf, 1);
        List<String> second = qrCodesOfPage(pdf, 2);
        assertThat(first.size(), is(24));
        assertThat(second.size(), is(6));
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all, is(LongStream.rangeClosed(1, 30).mapToObj(id -> BASE + id).collect(Collectors.toSet())));
        String text = new PdfTextExtractor(pdf).getTextFromPage(2);
        assertThat(text, containsString("N° de série : SER-30"));
        assertThat(text, not(containsString("SER-24 ")));
    }

    @Test
    void aSheetHasOneLabelPerItemWithItsSerialNumberAndAddress() throws Exception {
        List<EquipmentSummary> items = List.of(item(1, "ENI-1"), item(2, "TAB-2"), item(3, "VIS-3"));
        byte[] pdf = new EquipmentLabels().pdf(items, BASE, LocalDate.of(2026, 11, 30), Language.FRENCH);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text, containsString("N° de série : ENI-1"));
        assertThat(text, containsString("N° de série : VIS-3"));
        assertThat(text.replaceAll("\\s+", " "), containsString("Ville — service informatique · 30/11/2026"));
        // the address wraps in its narrow column: read it without the line breaks
        assertThat(text.replaceAll("\\s", ""), containsString(BASE + "2"));
    }

    @Test
    void labelsPrintedForAnEnglishReaderSpeakEnglish() throws Exception {
        byte[] pdf = new EquipmentLabels().pdf(List.of(item(1, "ENI-1")), BASE, LocalDate.of(2026, 11, 30),
                Language.ENGLISH);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text, containsString("A problem? Scan me."));
        assertThat(text, containsString("Serial no.: ENI-1"));
        assertThat(text, containsString("Tablet"));
        // a label's lines wrap in its narrow column: read them with single spaces
        assertThat(text.replaceAll("\\s+", " "), containsString("City — IT department · 30/11/2026"));
        assertThat(text, not(containsString("N° de série")));
    }

    /** The addresses held by the QR codes of a page: each is a form of black squares, read back with zxing. */
    static List<String> qrCodesOfPage(PdfReader pdf, int page) throws Exception {
        PdfDictionary forms = pdf.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        List<String> addresses = new ArrayList<>();
        for (PdfName name : forms.getKeys()) {
            PRStream form = (PRStream) PdfReader.getPdfObject(forms.get(name));
            String content = new String(PdfReader.getStreamBytes(form), StandardCharsets.ISO_8859_1);

            float size = form.getAsArray(PdfName.BBOX).getAsNumber(2).floatValue();
            addresses.add(decode(squares(content, size)));
        }
        return addresses;
    }

    private static BitMatrix squares(String content, float size) {
        Matcher square = SQUARE.matcher(content);
        List<float[]> found = new ArrayList<>();
        while (square.find()) {
            found.add(new float[] {Float.parseFloat(square.group(1)), Float.parseFloat(square.group(2)),
                Float.parseFloat(square.group(3))});
        }
        float module = found.get(0)[2];
        int modules = Math.round(size / module);
        BitMatrix matrix = new BitMatrix(modules);
        for (float[] one : found) {
            matrix.set(Math.round(one[0] / module), modules - 1 - Math.round(one[1] / module));
        }
        return matrix;
    }

    private static String decode(BitMatrix matrix) throws Exception {
        int scale = 4;
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels))), Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
    }

    private static EquipmentSummary item(long id, String serial) {
        // long names, as the demo's: every line must still fit its label
        return new EquipmentSummary(id, serial, "0349104L", "École maternelle Paul Riquet (démo)", EquipmentType.TABLET,
                "Speechi", "SPE-75-UHD", "CM1", null, null, null, null, false, EquipmentStatus.IN_SERVICE, 0);
    }
}

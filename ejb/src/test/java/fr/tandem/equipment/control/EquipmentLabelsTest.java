package fr.tandem.equipment.control;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.Language;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

/** Labels carry a QR code that reads back as the report page's address for the item, in the reader's language. */
class EquipmentLabelsTest {

    private static final String BASE = "https://tandem.ville-beziers.fr/support/new.xhtml?equipment=";

    @Test
    void theQrCodeReadsBackAsTheReportAddressOfTheItem() throws Exception {
        String address = EquipmentLabels.reportAddress(BASE, 4321);
        assertThat(address, is(BASE + "4321"));
        BitMatrix matrix = EquipmentLabels.matrix(address);
        int scale = 4;
        int width = matrix.getWidth() * scale;
        int height = matrix.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();
        assertThat(decoded, is(address));
    }

    @Test
    void aSheetHasOneLabelPerItemWithItsSerialNumberAndAddress() throws Exception {
        List<EquipmentSummary> items = List.of(item(1, "ENI-1"), item(2, "TAB-2"), item(3, "VIS-3"));
        byte[] pdf = new EquipmentLabels().pdf(items, BASE, LocalDate.of(2026, 11, 30), Language.FRENCH);
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertThat(text, containsString("N° de série : ENI-1"));
        assertThat(text, containsString("N° de série : VIS-3"));
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
        assertThat(text, containsString("City — IT department · 30/11/2026"));
        assertThat(text, not(containsString("N° de série")));
    }

    private static EquipmentSummary item(long id, String serial) {
        return new EquipmentSummary(id, serial, "0349104L", "École primaire (démo)", EquipmentType.TABLET, "Apple",
                "iPad", "CP", null, null, null, null, false, EquipmentStatus.IN_SERVICE, 0);
    }
}

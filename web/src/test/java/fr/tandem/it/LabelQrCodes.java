package fr.tandem.it;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the QR codes of a page of equipment labels: each is a form of black squares
 * ({@code x y w h re}), drawn again as pixels and decoded with zxing.
 */
final class LabelQrCodes {

    private static final Pattern SQUARE = Pattern.compile("([-\\d.]+) ([-\\d.]+) ([-\\d.]+) ([-\\d.]+) re");

    private LabelQrCodes() {
    }

    static List<String> ofPage(PdfReader pdf, int page) throws IOException {
        PdfDictionary forms = pdf.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        List<String> addresses = new ArrayList<>();
        for (PdfName name : forms.getKeys()) {
            PRStream form = (PRStream) PdfReader.getPdfObject(forms.get(name));
            String content = new String(PdfReader.getStreamBytes(form), StandardCharsets.ISO_8859_1);
            addresses.add(decode(squares(content, form.getAsArray(PdfName.BBOX).getAsNumber(2).floatValue())));
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

    private static String decode(BitMatrix matrix) {
        int scale = 4;
        int width = matrix.getWidth() * scale;
        int[] pixels = new int[width * width];
        for (int y = 0; y < width; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, width, pixels))),
                    Map.of(DecodeHintType.PURE_BARCODE, true)).getText();
        } catch (NotFoundException | ChecksumException | FormatException unreadable) {
            throw new AssertionError("a label's QR code does not read back", unreadable);
        }
    }
}

package fr.tandem.platform.export;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.util.Map;

/** QR codes of addresses for printed documents (labels, attestations), drawn as PDF vectors. */
public final class QrCodes {

    private QrCodes() {
    }

    /** The QR code of an address, one bit per module, with a quiet zone of two modules. */
    public static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException tooLong) {
            throw new IllegalStateException("QR code could not be made", tooLong);
        }
    }

    /** The QR code as a form of its own, {@code size} points wide, black squares on white. */
    public static PdfTemplate template(PdfContentByte canvas, String content, float size) {
        BitMatrix matrix = matrix(content);
        float module = size / matrix.getWidth();
        PdfTemplate template = canvas.createTemplate(size, size);
        template.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, size - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        return template;
    }
}

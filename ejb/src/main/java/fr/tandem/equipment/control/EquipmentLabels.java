package fr.tandem.equipment.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.Language;
import fr.tandem.platform.language.TextBundle;
import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Printable labels to stick on equipment: per item, a QR code holding the absolute address of the
 * "report a problem" page for that item (also printed in small type), its serial number, type,
 * school and room, in the language of the person who prints them. Two columns of labels per A4
 * page; the QR code is drawn as vector squares (no image library needed).
 */
@Dependent
public class EquipmentLabels {

    private static final float QR_SIZE = 110;
    private static final int COLUMNS = 2;

    /** The address a label's QR code opens: the report page with the item's id. */
    public static String reportAddress(String reportBaseUrl, long id) {
        return reportBaseUrl + id;
    }

    public byte[] pdf(List<EquipmentSummary> items, String reportBaseUrl, LocalDate printedOn, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30, 30, 30, 30);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.text("labels.title"));
            document.open();
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 6);
            PdfPTable table = new PdfPTable(COLUMNS);
            table.setWidthPercentage(100);
            for (EquipmentSummary item : items) {
                PdfPTable label = new PdfPTable(new float[] {QR_SIZE + 10, 150});
                String address = reportAddress(reportBaseUrl, item.id());
                PdfPCell qr = new PdfPCell(qrCode(writer.getDirectContent(), address));
                qr.setBorder(Rectangle.NO_BORDER);
                qr.setHorizontalAlignment(Element.ALIGN_CENTER);
                label.addCell(qr);
                PdfPCell text = new PdfPCell();
                text.setBorder(Rectangle.NO_BORDER);
                text.addElement(new Paragraph(texts.text("labels.flash"), bold));
                text.addElement(new Paragraph(texts.text("labels.type." + item.type().name()), normal));
                text.addElement(new Paragraph(item.brand() + (item.model() == null ? "" : " " + item.model()), normal));
                text.addElement(new Paragraph(texts.text("labels.serial", item.serialNumber()), bold));
                text.addElement(new Paragraph(item.schoolName(), normal));
                if (item.room() != null) {
                    text.addElement(new Paragraph(texts.text("labels.room", item.room()), normal));
                }
                text.addElement(new Paragraph(texts.text("labels.footer", texts.date("day.pattern", printedOn)), normal));
                text.addElement(new Paragraph(address, small));
                label.addCell(text);
                PdfPCell frame = new PdfPCell(label);
                frame.setPadding(6);
                frame.setFixedHeight(QR_SIZE + 40);
                table.addCell(frame);
            }
            table.completeRow();
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("Label PDF could not be written", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    /** The QR code of an address, one bit per module, with a quiet zone of two modules. */
    static BitMatrix matrix(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException tooLong) {
            throw new IllegalStateException("QR code could not be made", tooLong);
        }
    }

    private static Image qrCode(PdfContentByte canvas, String content) {
        BitMatrix matrix = matrix(content);
        float module = QR_SIZE / matrix.getWidth();
        PdfTemplate template = canvas.createTemplate(QR_SIZE, QR_SIZE);
        template.setRGBColorFill(0, 0, 0);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, QR_SIZE - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        try {
            return Image.getInstance(template);
        } catch (com.lowagie.text.BadElementException e) {
            throw new IllegalStateException("QR code could not be placed", e);
        }
    }
}

package fr.tandem.equipment.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.QrCodes;
import fr.tandem.platform.language.TextBundle;
import jakarta.enterprise.context.Dependent;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Printable labels to stick on equipment, as sheets of 3 columns × 8 rows on A4 (the geometry of
 * 63.5 × 33.9 mm sticker sheets such as Avery L7159): per item, a QR code holding the absolute
 * address of the "report a problem" page for that item (also printed in small type), its serial
 * number, type, school and room, in the language of the person who prints them. The QR code is drawn
 * as vector squares (no image library needed); text that does not fit its label is left out, never
 * spilled onto the next one.
 */
@Dependent
public class EquipmentLabels {

    /** Labels per row and rows per sheet. */
    public static final int COLUMNS = 3;
    public static final int ROWS = 8;

    private static final float LABEL_WIDTH = Utilities.millimetersToPoints(63.5f);
    private static final float LABEL_HEIGHT = Utilities.millimetersToPoints(33.9f);
    private static final float TOP_MARGIN = Utilities.millimetersToPoints(12.9f);
    private static final float SIDE_MARGIN = Utilities.millimetersToPoints(6.5f);
    private static final float COLUMN_GAP = Utilities.millimetersToPoints(2.5f);
    private static final float PADDING = Utilities.millimetersToPoints(2f);
    private static final float QR_SIZE = Utilities.millimetersToPoints(25f);

    /** The address a label's QR code opens: the report page with the item's id. */
    public static String reportAddress(String reportBaseUrl, long id) {
        return reportBaseUrl + id;
    }

    /** The sheets of labels of the items, in their order, {@link #COLUMNS} × {@link #ROWS} per page. */
    public byte[] pdf(List<EquipmentSummary> items, String reportBaseUrl, LocalDate printedOn, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.text("labels.title"));
            document.open();
            PdfContentByte canvas = writer.getDirectContent();
            for (int i = 0; i < items.size(); i++) {
                int place = i % (COLUMNS * ROWS);
                if (i > 0 && place == 0) {
                    document.newPage();
                }
                float left = SIDE_MARGIN + (place % COLUMNS) * (LABEL_WIDTH + COLUMN_GAP);
                float top = PageSize.A4.getHeight() - TOP_MARGIN - (place / COLUMNS) * LABEL_HEIGHT;
                label(canvas, items.get(i), reportBaseUrl, printedOn, texts, left, top);
                writer.setPageEmpty(false);
            }
            if (items.isEmpty()) {
                document.add(new Paragraph(" "));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Label PDF could not be written", e);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void label(PdfContentByte canvas, EquipmentSummary item, String reportBaseUrl, LocalDate printedOn,
                              TextBundle texts, float left, float top) throws DocumentException {
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 6.5f);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 6);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 4.5f);
        String address = reportAddress(reportBaseUrl, item.id());
        canvas.addTemplate(QrCodes.template(canvas, address, QR_SIZE), left + PADDING, top - (LABEL_HEIGHT + QR_SIZE) / 2);
        ColumnText text = new ColumnText(canvas);
        text.setSimpleColumn(left + PADDING + QR_SIZE + PADDING, top - LABEL_HEIGHT + PADDING,
                left + LABEL_WIDTH - PADDING, top - PADDING);
        text.addElement(line(texts.text("labels.flash"), bold));
        text.addElement(line(texts.text("labels.serial", item.serialNumber()), bold));
        text.addElement(line(texts.text("labels.type." + item.type().name()) + " · " + item.brand()
                + (item.model() == null ? "" : " " + item.model()), normal));
        text.addElement(line(item.schoolName() + (item.room() == null ? "" : " · " + texts.text("labels.room", item.room())),
                normal));
        text.addElement(line(texts.text("labels.footer", texts.date("day.pattern", printedOn)), normal));
        text.addElement(line(address, small));
        text.go();
    }

    private static Paragraph line(String text, Font font) {
        Paragraph line = new Paragraph(font.getSize() + 1, text, font);
        line.setSpacingAfter(0);
        return line;
    }
}

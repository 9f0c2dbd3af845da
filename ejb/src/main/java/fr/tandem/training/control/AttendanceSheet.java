package fr.tandem.training.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.platform.Language;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The feuille d'émargement of a session as a PDF to print: the session in Paris time, then one
 * line per seated teacher (by name) with an empty box to sign, and a few blank lines; in the
 * language of the person who prints it.
 */
public final class AttendanceSheet {

    private static final int BLANK_LINES = 3;

    private AttendanceSheet() {
    }

    public static byte[] of(TrainingSession session, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.text("attendance.title", session.offer().title()));
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            document.add(new Paragraph(texts.text("attendance.heading"), title));
            document.add(new Paragraph(session.offer().title(), bold));
            document.add(new Paragraph(texts.text("attendance.when", texts.date("attendance.day.pattern", session.startsAt()),
                    texts.date("attendance.time.pattern", session.startsAt()),
                    texts.date("attendance.time.pattern", session.endsAt())), normal));
            document.add(new Paragraph(texts.text("attendance.place", session.place()), normal));
            document.add(new Paragraph(session.offer().circonscription().name(), normal));
            document.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[] {4, 4, 3});
            table.setWidthPercentage(100);
            for (String header : List.of(texts.text("attendance.name"), texts.text("attendance.school"),
                    texts.text("attendance.signature"))) {
                PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(5);
                table.addCell(cell);
            }
            List<Booking> seated = session.bookings().stream().filter(b -> b.status() == BookingStatus.CONFIRMED)
                    .sorted(Comparator.comparing((Booking b) -> b.teacher().lastName())
                            .thenComparing(b -> b.teacher().firstName())).toList();
            for (Booking booking : seated) {
                row(table, booking.teacher().lastName().toUpperCase(Locale.FRENCH) + " " + booking.teacher().firstName(),
                        booking.teacher().school() == null ? "" : booking.teacher().school().name(), normal);
            }
            for (int i = 0; i < BLANK_LINES; i++) {
                row(table, "", "", normal);
            }
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("attendance.count", seated.size(), session.capacity()), normal));
        } catch (DocumentException broken) {
            throw new IllegalStateException("The attendance sheet could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void row(PdfPTable table, String name, String school, Font font) {
        for (String text : new String[] {name, school, ""}) {
            PdfPCell cell = new PdfPCell(new Phrase(text, font));
            cell.setMinimumHeight(28);
            cell.setPadding(5);
            table.addCell(cell);
        }
    }
}

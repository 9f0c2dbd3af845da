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
import fr.tandem.training.Booking;
import fr.tandem.training.BookingStatus;
import fr.tandem.training.TrainingSession;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The feuille d'émargement of a session as a PDF to print: the session in Paris time, then one
 * line per seated teacher (by name) with an empty box to sign, and a few blank lines.
 */
public final class AttendanceSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));
    private static final int BLANK_LINES = 3;

    private AttendanceSheet() {
    }

    public static byte[] of(TrainingSession session) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Feuille d'émargement — " + session.offer().title());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            document.add(new Paragraph("Feuille d'émargement", title));
            document.add(new Paragraph(session.offer().title(), bold));
            document.add(new Paragraph(DAY.format(session.startsAt()) + ", " + TIME.format(session.startsAt()) + " – "
                    + TIME.format(session.endsAt()) + " (heure de Paris)", normal));
            document.add(new Paragraph("Lieu : " + session.place(), normal));
            document.add(new Paragraph(session.offer().circonscription().name(), normal));
            document.add(new Paragraph(" "));

            PdfPTable table = new PdfPTable(new float[] {4, 4, 3});
            table.setWidthPercentage(100);
            for (String header : List.of("Nom", "École", "Signature")) {
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
            document.add(new Paragraph(seated.size() + " inscrit(s) sur " + session.capacity() + " places. "
                    + "Signature du formateur :", normal));
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

package fr.tandem.training.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.people.Account;
import fr.tandem.training.boundary.HoursSummary;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A teacher's attestation of training for a school year, as a PDF: each session attended with
 * its date and the time it counts for, the total, and what the year requires.
 */
public final class HoursAttestation {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private HoursAttestation() {
    }

    public static byte[] of(Account teacher, HoursSummary hours) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Attestation de formation — " + teacher.displayName());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            document.add(new Paragraph("Attestation de formation continue et d'animations pédagogiques", title));
            document.add(new Paragraph("Année scolaire " + hours.schoolYear(), normal));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(teacher.displayName() + (teacher.school() == null ? ""
                    : ", " + teacher.school().name() + " (" + teacher.school().uai().value() + ")"), bold));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {2, 6, 2});
            table.setWidthPercentage(100);
            for (String header : new String[] {"Date", "Formation", "Durée"}) {
                table.addCell(new PdfPCell(new Phrase(header, bold)));
            }
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                table.addCell(new PdfPCell(new Phrase(DAY.format(session.startsAt()), normal)));
                table.addCell(new PdfPCell(new Phrase(session.title(), normal)));
                table.addCell(new PdfPCell(new Phrase(duration(session.minutes()), normal)));
            }
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Total des heures attestées : " + duration(hours.minutesDone()), bold));
            document.add(new Paragraph("Heures dues pour l'année (18 h au prorata de la quotité) : "
                    + duration(hours.minutesDue()) + " — reste : " + duration(hours.minutesRemaining()), normal));
            document.add(new Paragraph("Seules les présences relevées sur les feuilles d'émargement sont comptées.", normal));
        } catch (DocumentException broken) {
            throw new IllegalStateException("The attestation could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    static String duration(int minutes) {
        int m = minutes % 60;
        return minutes / 60 + " h" + (m == 0 ? "" : " " + String.format("%02d", m));
    }
}

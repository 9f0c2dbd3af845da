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
import fr.tandem.training.Modality;
import fr.tandem.training.OfferNature;
import fr.tandem.training.boundary.HoursSummary;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A teacher's follow-up sheet of the 18 hours (fiche de suivi), as a PDF to print: every session
 * attended with its nature and modality, then the year's account as the rules count it (nature
 * split, the 9-hour distance cap, what remains), with room for the inspector's visa.
 */
public final class FollowUpSheet {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));

    private FollowUpSheet() {
    }

    public static byte[] of(Account teacher, HoursSummary hours) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Fiche de suivi des 18 heures — " + teacher.displayName());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph("Fiche de suivi des 18 heures de formation et d'animations pédagogiques", title));
            document.add(new Paragraph("Année scolaire " + hours.schoolYear() + " — " + teacher.displayName()
                    + (teacher.school() == null ? "" : ", " + teacher.school().name() + " ("
                    + teacher.school().uai().value() + ")") + " — quotité " + hours.workingTimePercent() + " %", normal));
            document.add(new Paragraph(" "));
            PdfPTable sessions = new PdfPTable(new float[] {2, 7, 3, 2, 2});
            sessions.setWidthPercentage(100);
            sessions.setHeaderRows(1);
            for (String header : new String[] {"Date", "Formation", "Nature", "Modalité", "Durée"}) {
                sessions.addCell(new PdfPCell(new Phrase(header, bold)));
            }
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                sessions.addCell(new PdfPCell(new Phrase(DAY.format(session.startsAt()), normal)));
                sessions.addCell(new PdfPCell(new Phrase(session.title(), normal)));
                sessions.addCell(new PdfPCell(new Phrase(nature(session.nature()), normal)));
                sessions.addCell(new PdfPCell(new Phrase(modality(session.modality()), normal)));
                sessions.addCell(new PdfPCell(new Phrase(HoursAttestation.duration(session.minutes()), normal)));
            }
            if (hours.sessions().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("Aucune présence relevée pour l'instant.", normal));
                none.setColspan(5);
                sessions.addCell(none);
            }
            document.add(sessions);
            document.add(new Paragraph(" "));
            PdfPTable account = new PdfPTable(new float[] {8, 2});
            account.setWidthPercentage(70);
            account.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            line(account, "Heures dues (18 h au prorata de la quotité)", hours.minutesDue(), bold, normal);
            line(account, "Animations pédagogiques", hours.animationMinutes(), normal, normal);
            line(account, "Formation continue", hours.formationContinueMinutes(), normal, normal);
            line(account, "En présentiel ou hybride", hours.onSiteMinutes(), normal, normal);
            line(account, "À distance", hours.distanceMinutes(), normal, normal);
            if (hours.distanceNotCountedMinutes() > 0) {
                line(account, "À distance au-delà de 9 h, non comptées", hours.distanceNotCountedMinutes(), normal, normal);
            }
            line(account, "Heures comptées", hours.minutesDone(), bold, bold);
            line(account, "Heures restantes", hours.minutesRemaining(), bold, bold);
            document.add(account);
            if (hours.formationContinueMissingMinutes() > 0) {
                document.add(new Paragraph("Au moins la moitié des heures dues doit être de la formation continue : il en manque "
                        + HoursAttestation.duration(hours.formationContinueMissingMinutes()) + ".", normal));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Seules les présences relevées sur les feuilles d'émargement sont comptées.", normal));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Visa de l'IEN :                                            Date :", bold));
        } catch (DocumentException broken) {
            throw new IllegalStateException("The follow-up sheet could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void line(PdfPTable table, String label, int minutes, Font labelFont, Font valueFont) {
        table.addCell(new PdfPCell(new Phrase(label, labelFont)));
        table.addCell(new PdfPCell(new Phrase(HoursAttestation.duration(minutes), valueFont)));
    }

    private static String nature(OfferNature nature) {
        return nature == OfferNature.FORMATION_CONTINUE ? "Formation continue" : "Animation pédagogique";
    }

    private static String modality(Modality modality) {
        return switch (modality) {
            case PRESENTIEL -> "Présentiel";
            case DISTANCE -> "Distance";
            case HYBRIDE -> "Hybride";
        };
    }
}

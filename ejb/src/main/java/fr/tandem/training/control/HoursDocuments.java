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
import fr.tandem.training.model.HoursSummary;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A teacher's hours of a school year as printed documents (PDF): the attestation, and the
 * follow-up sheet of the 18 hours (fiche de suivi). Dates are Paris days.
 */
public final class HoursDocuments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final String ATTENDANCE_ONLY =
            "Seules les présences relevées sur les feuilles d'émargement sont comptées.";

    private HoursDocuments() {
    }

    /** The attestation of the year's training: each session attended, the total, and what the year requires. */
    public static byte[] attestation(Account teacher, HoursSummary hours) {
        return write("Attestation de formation — " + teacher.displayName(), document -> {
            document.add(new Paragraph("Attestation de formation continue et d'animations pédagogiques", TITLE));
            document.add(new Paragraph("Année scolaire " + hours.schoolYear(), NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(who(teacher), BOLD));
            document.add(new Paragraph(" "));
            PdfPTable table = table(new float[] {2, 6, 2}, "Date", "Formation", "Durée");
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                cells(table, DAY.format(session.startsAt()), session.title(), duration(session.minutes()));
            }
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Total des heures attestées : " + duration(hours.minutesDone()), BOLD));
            document.add(new Paragraph("Heures dues pour l'année (18 h au prorata de la quotité) : "
                    + duration(hours.minutesDue()) + " — reste : " + duration(hours.minutesRemaining()), NORMAL));
            document.add(new Paragraph(ATTENDANCE_ONLY, NORMAL));
        });
    }

    /**
     * The follow-up sheet: every session with its nature and modality, then the year's account as
     * the rules count it (nature split, the 9-hour distance cap, what remains), with room for the
     * inspector's visa.
     */
    public static byte[] followUpSheet(Account teacher, HoursSummary hours) {
        return write("Fiche de suivi des 18 heures — " + teacher.displayName(), document -> {
            document.add(new Paragraph("Fiche de suivi des 18 heures de formation et d'animations pédagogiques", TITLE));
            document.add(new Paragraph("Année scolaire " + hours.schoolYear() + " — " + who(teacher) + " — quotité "
                    + hours.workingTimePercent() + " %", NORMAL));
            document.add(new Paragraph(" "));
            PdfPTable sessions = table(new float[] {2, 7, 3, 2, 2}, "Date", "Formation", "Nature", "Modalité", "Durée");
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                cells(sessions, DAY.format(session.startsAt()), session.title(), nature(session.nature()),
                        modality(session.modality()), duration(session.minutes()));
            }
            if (hours.sessions().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase("Aucune présence relevée pour l'instant.", NORMAL));
                none.setColspan(5);
                sessions.addCell(none);
            }
            document.add(sessions);
            document.add(new Paragraph(" "));
            PdfPTable account = new PdfPTable(new float[] {8, 2});
            account.setWidthPercentage(70);
            account.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            line(account, "Heures dues (18 h au prorata de la quotité)", hours.minutesDue(), BOLD);
            line(account, "Animations pédagogiques", hours.animationMinutes(), NORMAL);
            line(account, "Formation continue", hours.formationContinueMinutes(), NORMAL);
            line(account, "En présentiel ou hybride", hours.onSiteMinutes(), NORMAL);
            line(account, "À distance", hours.distanceMinutes(), NORMAL);
            if (hours.distanceNotCountedMinutes() > 0) {
                line(account, "À distance au-delà de 9 h, non comptées", hours.distanceNotCountedMinutes(), NORMAL);
            }
            line(account, "Heures comptées", hours.minutesDone(), BOLD);
            line(account, "Heures restantes", hours.minutesRemaining(), BOLD);
            document.add(account);
            if (hours.formationContinueMissingMinutes() > 0) {
                document.add(new Paragraph("Au moins la moitié des heures dues doit être de la formation continue : "
                        + "il en manque " + duration(hours.formationContinueMissingMinutes()) + ".", NORMAL));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(ATTENDANCE_ONLY, NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph("Visa de l'IEN :                                            Date :", BOLD));
        });
    }

    /** What a document adds to its pages. */
    private interface Content {
        void addTo(Document document) throws DocumentException;
    }

    private static byte[] write(String title, Content content) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(title);
            document.open();
            content.addTo(document);
        } catch (DocumentException broken) {
            throw new IllegalStateException("The document '" + title + "' could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static String who(Account teacher) {
        return teacher.displayName() + (teacher.school() == null ? ""
                : ", " + teacher.school().name() + " (" + teacher.school().uai().value() + ")");
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, BOLD)));
        }
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, NORMAL)));
        }
    }

    private static void line(PdfPTable table, String label, int minutes, Font font) {
        table.addCell(new PdfPCell(new Phrase(label, font)));
        table.addCell(new PdfPCell(new Phrase(duration(minutes), font)));
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

    static String duration(int minutes) {
        int m = minutes % 60;
        return minutes / 60 + " h" + (m == 0 ? "" : " " + String.format("%02d", m));
    }
}

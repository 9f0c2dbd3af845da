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
import fr.tandem.platform.Language;
import fr.tandem.platform.export.PdfTables;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.training.model.HoursSummary;
import java.io.ByteArrayOutputStream;

/**
 * A teacher's hours of a school year as printed documents (PDF): the attestation, and the
 * follow-up sheet of the 18 hours (fiche de suivi), in the language of the person who asks for
 * them. Dates are Paris days.
 */
public final class HoursDocuments {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private HoursDocuments() {
    }

    /** The attestation of the year's training: each session attended, the total, and what the year requires. */
    public static byte[] attestation(Account teacher, HoursSummary hours, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return write(texts.text("hours.attestation.title", teacher.displayName()), document -> {
            document.add(new Paragraph(texts.text("hours.attestation.heading"), TITLE));
            document.add(new Paragraph(texts.text("hours.schoolYear", hours.schoolYear()), NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(who(teacher), BOLD));
            document.add(new Paragraph(" "));
            PdfPTable table = PdfTables.withHeaders(new float[] {2, 6, 2}, texts.text("hours.date"), texts.text("hours.training"),
                    texts.text("hours.duration"));
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                cells(table, texts.date("day.pattern", session.startsAt()), session.title(), duration(session.minutes()));
            }
            document.add(table);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.total", duration(hours.minutesDone())), BOLD));
            document.add(new Paragraph(texts.text("hours.due", duration(hours.minutesDue()),
                    duration(hours.minutesRemaining())), NORMAL));
            document.add(new Paragraph(texts.text("hours.attendanceOnly"), NORMAL));
        });
    }

    /**
     * The follow-up sheet: every session with its nature and modality, then the year's account as
     * the rules count it (nature split, the 9-hour distance cap, what remains), with room for the
     * inspector's visa.
     */
    public static byte[] followUpSheet(Account teacher, HoursSummary hours, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return write(texts.text("hours.followUp.title", teacher.displayName()), document -> {
            document.add(new Paragraph(texts.text("hours.followUp.heading"), TITLE));
            document.add(new Paragraph(texts.text("hours.followUp.who", hours.schoolYear(), who(teacher),
                    hours.workingTimePercent()), NORMAL));
            document.add(new Paragraph(" "));
            PdfPTable sessions = PdfTables.withHeaders(new float[] {2, 7, 3, 2, 2}, texts.text("hours.date"), texts.text("hours.training"),
                    texts.text("hours.nature"), texts.text("hours.modality"), texts.text("hours.duration"));
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                cells(sessions, texts.date("day.pattern", session.startsAt()), session.title(),
                        texts.text("hours.nature." + session.nature().name()),
                        texts.text("hours.modality." + session.modality().name()), duration(session.minutes()));
            }
            if (hours.sessions().isEmpty()) {
                PdfPCell none = new PdfPCell(new Phrase(texts.text("hours.none"), NORMAL));
                none.setColspan(5);
                sessions.addCell(none);
            }
            document.add(sessions);
            document.add(new Paragraph(" "));
            PdfPTable account = new PdfPTable(new float[] {8, 2});
            account.setWidthPercentage(70);
            account.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            line(account, texts.text("hours.line.due"), hours.minutesDue(), BOLD);
            line(account, texts.text("hours.line.animation"), hours.animationMinutes(), NORMAL);
            line(account, texts.text("hours.line.formationContinue"), hours.formationContinueMinutes(), NORMAL);
            line(account, texts.text("hours.line.onSite"), hours.onSiteMinutes(), NORMAL);
            line(account, texts.text("hours.line.distance"), hours.distanceMinutes(), NORMAL);
            if (hours.distanceNotCountedMinutes() > 0) {
                line(account, texts.text("hours.line.distanceNotCounted"), hours.distanceNotCountedMinutes(), NORMAL);
            }
            line(account, texts.text("hours.line.done"), hours.minutesDone(), BOLD);
            line(account, texts.text("hours.line.remaining"), hours.minutesRemaining(), BOLD);
            document.add(account);
            if (hours.formationContinueMissingMinutes() > 0) {
                document.add(new Paragraph(texts.text("hours.formationContinueMissing",
                        duration(hours.formationContinueMissingMinutes())), NORMAL));
            }
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.attendanceOnly"), NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.visa"), BOLD));
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


    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, NORMAL)));
        }
    }

    private static void line(PdfPTable table, String label, int minutes, Font font) {
        table.addCell(new PdfPCell(new Phrase(label, font)));
        table.addCell(new PdfPCell(new Phrase(duration(minutes), font)));
    }

    static String duration(int minutes) {
        int m = minutes % 60;
        return minutes / 60 + " h" + (m == 0 ? "" : " " + String.format("%02d", m));
    }
}

package fr.tandem.training.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Utilities;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.people.Account;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.PdfTables;
import fr.tandem.platform.export.QrCodes;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.training.model.AttestationIssuer;
import fr.tandem.training.model.HoursSummary;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's hours of a school year as printed documents (PDF): the attestation, and the
 * follow-up sheet of the 18 hours (fiche de suivi), in the language of the person who asks for
 * them. Dates are Paris days.
 */
public final class HoursDocuments {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final float QR_SIZE = Utilities.millimetersToPoints(25f);

    private HoursDocuments() {
    }

    /**
     * The attestation of the year's training as an administration accepts it: the issuer (inspector,
     * circonscription and its address), place and date of issue, the teacher and their school, each
     * session attended with its Paris date, nature, modality and hours, the total against the hours
     * due (and where that figure comes from), and the verification code with the QR code of the
     * public check page.
     */
    public static byte[] attestation(Account teacher, HoursSummary hours, AttestationIssuer issuer, Instant issuedAt,
                                     String code, String checkUrl, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return write(texts.text("hours.attestation.title", teacher.displayName()), (document, writer) -> {
            PdfPTable head = new PdfPTable(new float[] {7, 3});
            head.setWidthPercentage(100);
            PdfPCell from = new PdfPCell();
            from.setBorder(PdfPCell.NO_BORDER);
            for (String line : issuerLines(texts, issuer)) {
                from.addElement(new Paragraph(line, NORMAL));
            }
            head.addCell(from);
            PdfPCell qr = new PdfPCell(Image.getInstance(QrCodes.template(writer.getDirectContent(), checkUrl, QR_SIZE)), false);
            qr.setBorder(PdfPCell.NO_BORDER);
            qr.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
            head.addCell(qr);
            document.add(head);
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.attestation.heading"), TITLE));
            document.add(new Paragraph(texts.text("hours.schoolYear", hours.schoolYear()), NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.attestation.certifies",
                    issuer.name() == null ? texts.text("hours.attestation.inspector") : issuer.name(), who(teacher),
                    hours.schoolYear()), NORMAL));
            document.add(new Paragraph(" "));
            PdfPTable table = PdfTables.withHeaders(new float[] {2, 6, 3, 2, 2}, texts.text("hours.date"),
                    texts.text("hours.training"), texts.text("hours.nature"), texts.text("hours.modality"),
                    texts.text("hours.duration"));
            for (HoursSummary.AttendedSession session : hours.sessions()) {
                cells(table, texts.date("day.pattern", session.startsAt()), session.title(),
                        texts.text("hours.nature." + session.nature().name()),
                        texts.text("hours.modality." + session.modality().name()), duration(session.minutes()));
            }
            document.add(table);
            outside(document, texts, hours);
            document.add(new Paragraph(" "));
            if (hours.distanceNotCountedMinutes() > 0) {
                document.add(new Paragraph(texts.text("hours.line.distanceNotCounted") + " : "
                        + duration(hours.distanceNotCountedMinutes()), NORMAL));
            }
            document.add(new Paragraph(texts.text("hours.total", duration(hours.minutesDone())), BOLD));
            document.add(new Paragraph(texts.text("hours.attestation.due", duration(hours.minutesDue()),
                    dueSource(texts, hours), duration(hours.minutesRemaining())), NORMAL));
            document.add(new Paragraph(texts.text("hours.attendanceOnly"), NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.attestation.issued",
                    issuer.city() == null ? "—" : issuer.city(), texts.date("day.pattern", issuedAt)), NORMAL));
            document.add(new Paragraph(signatory(issuer), BOLD));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("hours.attestation.code", code), BOLD));
            document.add(new Paragraph(texts.text("hours.attestation.check", checkUrl), NORMAL));
        });
    }

    /** Where the hours due come from, in words: pro rata with its reckoning, or the circonscription's table. */
    private static String dueSource(TextBundle texts, HoursSummary hours) {
        return texts.text("hours.dueSource." + hours.dueSource().name(), hours.workingTimePercent(),
                duration(hours.minutesDue()), hours.dueCirconscription() == null ? "—" : hours.dueCirconscription());
    }

    /** The validated hours done outside Tandem, in a table of their own ("hors Tandem"), when there are some. */
    private static void outside(Document document, TextBundle texts, HoursSummary hours) throws DocumentException {
        if (hours.outside().isEmpty()) {
            return;
        }
        document.add(new Paragraph(" "));
        document.add(new Paragraph(texts.text("hours.outside.heading", duration(hours.outsideMinutes())), BOLD));
        PdfPTable table = PdfTables.withHeaders(new float[] {2, 5, 2, 3, 2, 2}, texts.text("hours.date"),
                texts.text("hours.training"), texts.text("hours.outside.provider"), texts.text("hours.nature"),
                texts.text("hours.modality"), texts.text("hours.duration"));
        for (HoursSummary.OutsideSession done : hours.outside()) {
            cells(table, done.doneOn().format(DateTimeFormatter.ofPattern(texts.text("day.pattern"))), done.title(),
                    texts.text("hours.outside.provider." + done.provider().name()),
                    texts.text("hours.nature." + done.nature().name()),
                    texts.text("hours.modality." + done.modality().name()), duration(done.minutes()));
        }
        document.add(table);
    }

    private static List<String> issuerLines(TextBundle texts, AttestationIssuer issuer) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("hours.attestation.ministry"));
        if (issuer.circonscription() != null) {
            lines.add(issuer.circonscription());
        }
        lines.add(signatory(issuer));
        if (issuer.street() != null) {
            lines.add(issuer.street());
        }
        String town = ((issuer.postcode() == null ? "" : issuer.postcode() + " ")
                + (issuer.city() == null ? "" : issuer.city())).strip();
        if (!town.isEmpty()) {
            lines.add(town);
        }
        return lines;
    }

    private static String signatory(AttestationIssuer issuer) {
        return (issuer.name() == null ? "" : issuer.name()) + (issuer.title() == null ? ""
                : (issuer.name() == null ? "" : ", ") + issuer.title());
    }

    /**
     * The follow-up sheet: every session with its nature and modality, then the year's account as
     * the rules count it (nature split, the 9-hour distance cap, what remains), with room for the
     * inspector's visa.
     */
    public static byte[] followUpSheet(Account teacher, HoursSummary hours, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return write(texts.text("hours.followUp.title", teacher.displayName()), (document, writer) -> {
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
            outside(document, texts, hours);
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
            document.add(new Paragraph(texts.text("hours.line.due") + " : " + dueSource(texts, hours), NORMAL));
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
        void addTo(Document document, PdfWriter writer) throws DocumentException;
    }

    private static byte[] write(String title, Content content) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            document.addTitle(title);
            document.open();
            content.addTo(document, writer);
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

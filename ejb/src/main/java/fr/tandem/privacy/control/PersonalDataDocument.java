package fr.tandem.privacy.control;

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
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.PdfTables;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.privacy.model.PersonalDataReport;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A person's data as a readable PDF, in their language, section by section like the JSON download.
 * Every text a person typed is written as plain text (a PDF has no markup to escape); times are Paris ones.
 */
public final class PersonalDataDocument {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private PersonalDataDocument() {
    }

    public static byte[] of(PersonalDataReport data, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.text("privacy.title"));
            document.open();
            document.add(new Paragraph(texts.text("privacy.title"), TITLE));
            document.add(new Paragraph(texts.text("privacy.producedAt", time(texts, data.producedAt())), NORMAL));
            document.add(new Paragraph(texts.text("privacy.intro"), NORMAL));
            account(document, texts, data.account());
            schools(document, texts, data.schools());
            tokens(document, texts, data.tokens());
            bookings(document, texts, data);
            outsideHours(document, texts, data);
            reservations(document, texts, data.reservations());
            requests(document, texts, data);
            audit(document, texts, data);
            mails(document, texts, data.mails());
        } catch (DocumentException broken) {
            throw new IllegalStateException("The personal data document could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void account(Document document, TextBundle texts, PersonalDataReport.Identity a)
            throws DocumentException {
        heading(document, texts.text("privacy.account"));
        PdfPTable table = new PdfPTable(new float[] {3, 7});
        table.setWidthPercentage(100);
        line(table, texts.text("privacy.username"), a.username());
        line(table, texts.text("privacy.name"), a.firstName() + " " + a.lastName());
        line(table, texts.text("privacy.email"), a.email());
        line(table, texts.text("privacy.roles"), a.roles().stream().map(r -> texts.text("privacy.role." + r.name()))
                .collect(Collectors.joining(", ")));
        if (a.schoolUai() != null) {
            line(table, texts.text("privacy.school"), a.schoolName() + " (" + a.schoolUai() + ")");
        }
        if (a.circonscriptionCode() != null) {
            line(table, texts.text("privacy.circonscription"),
                    a.circonscriptionName() + " (" + a.circonscriptionCode() + ")");
        }
        if (a.city() != null) {
            line(table, texts.text("privacy.city"), a.city());
        }
        if (a.workingTimePercent() != null) {
            line(table, texts.text("privacy.workingTime"), a.workingTimePercent() + " %");
        }
        line(table, texts.text("privacy.language"), texts.text("privacy.language." + a.language()));
        line(table, texts.text("privacy.createdAt"), time(texts, a.createdAt()));
        line(table, texts.text("privacy.state"), a.active() ? texts.text("privacy.state.active")
                : texts.text("privacy.state.inactive", time(texts, a.deactivatedAt())));
        line(table, texts.text("privacy.password"), texts.text(a.passwordSet() ? "privacy.yes" : "privacy.no"));
        line(table, texts.text("privacy.calendarFeed"), texts.text(a.calendarFeed() ? "privacy.yes" : "privacy.no"));
        document.add(table);
    }

    private static void schools(Document document, TextBundle texts, List<SchoolPeriodSummary> schools)
            throws DocumentException {
        heading(document, texts.text("privacy.schools"));
        PdfPTable table = PdfTables.withHeaders(new float[] {6, 2, 2}, texts.text("privacy.school"), texts.text("privacy.from"),
                texts.text("privacy.until"));
        for (SchoolPeriodSummary period : schools) {
            cells(table, period.schoolName() + " (" + period.schoolUai() + ")", time(texts, period.from()),
                    time(texts, period.until()));
        }
        close(document, texts, table, schools.isEmpty(), 3);
    }

    private static void tokens(Document document, TextBundle texts, List<PersonalDataReport.Token> tokens)
            throws DocumentException {
        heading(document, texts.text("privacy.tokens"));
        PdfPTable table = PdfTables.withHeaders(new float[] {4, 2, 2, 2, 2}, texts.text("privacy.token.label"),
                texts.text("privacy.token.created"), texts.text("privacy.token.lastUsed"),
                texts.text("privacy.token.expires"), texts.text("privacy.token.revoked"));
        for (PersonalDataReport.Token token : tokens) {
            cells(table, token.label(), time(texts, token.createdAt()), time(texts, token.lastUsedAt()),
                    time(texts, token.expiresAt()), time(texts, token.revokedAt()));
        }
        close(document, texts, table, tokens.isEmpty(), 5);
    }

    private static void bookings(Document document, TextBundle texts, PersonalDataReport data)
            throws DocumentException {
        heading(document, texts.text("privacy.bookings"));
        PdfPTable table = PdfTables.withHeaders(new float[] {5, 3, 3, 2, 2}, texts.text("privacy.booking.training"),
                texts.text("privacy.booking.when"), texts.text("privacy.booking.place"),
                texts.text("privacy.booking.status"), texts.text("privacy.booking.attendance"));
        for (PersonalDataReport.BookingLine booking : data.bookings()) {
            cells(table, booking.training(), time(texts, booking.startsAt()), booking.place(),
                    texts.text("privacy.booking.status." + booking.status().name()),
                    booking.attendance() == null ? "" : texts.text("privacy.attendance." + booking.attendance().name()));
        }
        close(document, texts, table, data.bookings().isEmpty(), 5);
        for (PersonalDataReport.YearHours year : data.hours()) {
            document.add(new Paragraph(texts.text("privacy.hours", year.schoolYear(), duration(year.minutesDone()),
                    duration(year.minutesDue()), duration(year.minutesRemaining())), NORMAL));
        }
    }

    private static void outsideHours(Document document, TextBundle texts, PersonalDataReport data)
            throws DocumentException {
        heading(document, texts.text("privacy.outside"));
        PdfPTable table = PdfTables.withHeaders(new float[] {5, 2, 2, 2}, texts.text("privacy.outside.title"),
                texts.text("privacy.outside.doneOn"), texts.text("privacy.outside.hours"),
                texts.text("privacy.outside.status"));
        for (PersonalDataReport.OutsideLine line : data.outsideHours()) {
            cells(table, line.title(), texts.date("day.pattern", line.doneOn()), duration(line.minutes()),
                    texts.text("privacy.outside.status." + line.status()));
        }
        close(document, texts, table, data.outsideHours().isEmpty(), 4);
        heading(document, texts.text("privacy.attestations"));
        PdfPTable attestations = PdfTables.withHeaders(new float[] {2, 2, 4, 2}, texts.text("privacy.attestation.year"),
                texts.text("privacy.attestation.hours"), texts.text("privacy.attestation.code"),
                texts.text("privacy.attestation.issued"));
        for (PersonalDataReport.AttestationLine line : data.attestations()) {
            cells(attestations, line.schoolYear(), duration(line.minutesDone()), line.code(),
                    time(texts, line.issuedAt()));
        }
        close(document, texts, attestations, data.attestations().isEmpty(), 4);
    }

    private static void reservations(Document document, TextBundle texts,
                                     List<PersonalDataReport.ReservationLine> reservations) throws DocumentException {
        heading(document, texts.text("privacy.reservations"));
        PdfPTable table = PdfTables.withHeaders(new float[] {4, 2, 2, 2, 4}, texts.text("privacy.reservation.kit"),
                texts.text("privacy.reservation.from"), texts.text("privacy.reservation.to"), texts.text("privacy.reservation.status"),
                texts.text("privacy.reservation.note"));
        for (PersonalDataReport.ReservationLine line : reservations) {
            cells(table, line.kit(), texts.date("day.pattern", line.from()),
                    texts.date("day.pattern", line.to()),
                    texts.text("privacy.reservation.status." + line.status()), line.note());
        }
        close(document, texts, table, reservations.isEmpty(), 5);
    }

    private static void requests(Document document, TextBundle texts, PersonalDataReport data)
            throws DocumentException {
        heading(document, texts.text("privacy.requests"));
        PdfPTable table = PdfTables.withHeaders(new float[] {1, 4, 5, 2, 2}, texts.text("privacy.request.number"),
                texts.text("privacy.request.subject"), texts.text("privacy.request.description"),
                texts.text("privacy.request.status"), texts.text("privacy.request.created"));
        for (PersonalDataReport.RequestLine request : data.requests()) {
            cells(table, String.valueOf(request.id()), request.subject(), request.description(),
                    texts.text("privacy.request.status." + request.status()), time(texts, request.createdAt()));
        }
        close(document, texts, table, data.requests().isEmpty(), 5);
        heading(document, texts.text("privacy.messages"));
        PdfPTable messages = PdfTables.withHeaders(new float[] {1, 2, 7}, texts.text("privacy.request.number"),
                texts.text("privacy.message.at"), texts.text("privacy.message.text"));
        for (PersonalDataReport.MessageLine message : data.messages()) {
            cells(messages, String.valueOf(message.requestId()), time(texts, message.writtenAt()), message.text());
        }
        close(document, texts, messages, data.messages().isEmpty(), 3);
        heading(document, texts.text("privacy.ratings"));
        PdfPTable ratings = PdfTables.withHeaders(new float[] {1, 2, 5, 2}, texts.text("privacy.request.number"),
                texts.text("privacy.rating.value"), texts.text("privacy.rating.comment"), texts.text("privacy.rating.at"));
        for (PersonalDataReport.RatingLine rating : data.ratings()) {
            cells(ratings, String.valueOf(rating.requestId()),
                    texts.text(rating.satisfied() ? "privacy.rating.satisfied" : "privacy.rating.unsatisfied"),
                    rating.comment(), time(texts, rating.ratedAt()));
        }
        close(document, texts, ratings, data.ratings().isEmpty(), 4);
    }

    private static void audit(Document document, TextBundle texts, PersonalDataReport data) throws DocumentException {
        heading(document, texts.text("privacy.audit"));
        document.add(new Paragraph(texts.text("privacy.audit.count", data.auditTotal(), data.audit().size()), NORMAL));
        PdfPTable table = PdfTables.withHeaders(new float[] {3, 2, 3, 2}, texts.text("privacy.audit.at"),
                texts.text("privacy.audit.action"), texts.text("privacy.audit.type"), texts.text("privacy.audit.id"));
        for (PersonalDataReport.AuditLine line : data.audit()) {
            cells(table, time(texts, line.occurredAt()), line.action(), line.entityType(), line.entityId());
        }
        close(document, texts, table, data.audit().isEmpty(), 4);
    }

    private static void mails(Document document, TextBundle texts, List<PersonalDataReport.MailLine> mails)
            throws DocumentException {
        heading(document, texts.text("privacy.mails"));
        PdfPTable table = PdfTables.withHeaders(new float[] {6, 2, 2}, texts.text("privacy.mail.subject"),
                texts.text("privacy.mail.queued"), texts.text("privacy.mail.sent"));
        for (PersonalDataReport.MailLine mail : mails) {
            cells(table, mail.subject(), time(texts, mail.queuedAt()), time(texts, mail.sentAt()));
        }
        close(document, texts, table, mails.isEmpty(), 3);
    }

    private static void heading(Document document, String text) throws DocumentException {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        document.add(heading);
    }


    private static void close(Document document, TextBundle texts, PdfPTable table, boolean empty, int columns)
            throws DocumentException {
        if (empty) {
            PdfPCell none = new PdfPCell(new Phrase(texts.text("privacy.none"), NORMAL));
            none.setColspan(columns);
            table.addCell(none);
        }
        document.add(table);
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, NORMAL)));
        }
    }

    private static void line(PdfPTable table, String label, String value) {
        table.addCell(new PdfPCell(new Phrase(label, BOLD)));
        table.addCell(new PdfPCell(new Phrase(value == null ? "" : value, NORMAL)));
    }

    private static String time(TextBundle texts, Instant at) {
        return at == null ? "" : texts.date("privacy.time.pattern", at);
    }

    private static String duration(int minutes) {
        int m = minutes % 60;
        return minutes / 60 + " h" + (m == 0 ? "" : " " + String.format("%02d", m));
    }
}

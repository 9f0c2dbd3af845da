package fr.tandem.equipment.control;

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
import fr.tandem.equipment.model.AuditLine;
import fr.tandem.equipment.model.AuditProgress;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.PdfTables;
import fr.tandem.platform.language.TextBundle;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A campaign's result as a file: every expected item with its sighting as CSV (UTF-8 with a BOM, ';',
 * formula-neutralised cells), and a printable PDF of the progress per school, the items not seen and
 * the corrections. Times in Paris time, texts in the reader's language.
 */
public final class AuditExports {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private AuditExports() {
    }

    /** Every item of the campaign, seen or not, one line each. */
    public static byte[] csv(List<AuditLine> items, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<String>> rows = new ArrayList<>();
        for (AuditLine line : items) {
            rows.add(List.of(line.schoolUai(), line.schoolName(), line.serialNumber(),
                    texts.text("labels.type." + line.type()), line.brand(), orEmpty(line.expectedRoom()),
                    texts.text("audit.status." + line.expectedStatus()),
                    line.seen() ? texts.text("audit.yes") : texts.text("audit.no"),
                    line.seen() ? orEmpty(line.seenRoom()) : "",
                    line.seen() ? texts.text("audit.finding." + line.finding()) : "",
                    line.seen() ? texts.date("audit.time.pattern", line.seenAt()) : "",
                    line.seen() ? line.seenBy() : "",
                    line.corrected() ? texts.text("audit.yes") : texts.text("audit.no")));
        }
        return CsvExport.write(List.of(texts.text("audit.csv.uai"), texts.text("audit.csv.school"),
                texts.text("audit.csv.serial"), texts.text("audit.csv.type"), texts.text("audit.csv.brand"),
                texts.text("audit.csv.expectedRoom"), texts.text("audit.csv.expectedStatus"),
                texts.text("audit.csv.seen"), texts.text("audit.csv.seenRoom"), texts.text("audit.csv.finding"),
                texts.text("audit.csv.seenAt"), texts.text("audit.csv.seenBy"), texts.text("audit.csv.corrected")),
                rows);
    }

    public static byte[] pdf(AuditProgress progress, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.text("audit.title", progress.campaign().name()));
            document.open();
            document.add(new Paragraph(texts.text("audit.title", progress.campaign().name()), TITLE));
            document.add(new Paragraph(texts.text("audit.summary", progress.campaign().seen(),
                    progress.campaign().expected(), texts.date("day.pattern", progress.campaign().dueDate()),
                    progress.campaign().open() ? texts.text("audit.open") : texts.text("audit.closedOn",
                            texts.date("audit.time.pattern", progress.campaign().closedAt()))), NORMAL));
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("audit.schools"), HEADING));
            PdfPTable schools = PdfTables.withHeaders(new float[] {2, 5, 2, 2}, texts.text("audit.csv.uai"),
                    texts.text("audit.csv.school"), texts.text("audit.seenOfExpected"), "%");
            for (AuditProgress.School school : progress.schools()) {
                cells(schools, school.uai(), school.name(), school.seen() + " / " + school.expected(),
                        school.percent() + " %");
            }
            document.add(schools);
            lines(document, texts, texts.text("audit.notSeen"), progress.notSeen(), false);
            lines(document, texts, texts.text("audit.corrections"), progress.corrections(), true);
        } catch (DocumentException broken) {
            throw new IllegalStateException("The audit could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void lines(Document document, TextBundle texts, String title, List<AuditLine> lines,
                              boolean sighting) throws DocumentException {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(title + " (" + lines.size() + ")", HEADING));
        if (lines.isEmpty()) {
            return;
        }
        PdfPTable table = PdfTables.withHeaders(new float[] {4, 3, 4, 3, 3}, texts.text("audit.csv.school"),
                texts.text("audit.csv.serial"), texts.text("audit.csv.type"), texts.text("audit.csv.expectedRoom"),
                sighting ? texts.text("audit.csv.seenRoom") + " · " + texts.text("audit.csv.finding")
                        : texts.text("audit.csv.expectedStatus"));
        for (AuditLine line : lines) {
            cells(table, line.schoolName(), line.serialNumber(), texts.text("labels.type." + line.type()),
                    orEmpty(line.expectedRoom()), sighting
                            ? orEmpty(line.seenRoom()) + " · " + texts.text("audit.finding." + line.finding())
                            : texts.text("audit.status." + line.expectedStatus()));
        }
        document.add(table);
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, NORMAL)));
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

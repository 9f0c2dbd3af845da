package fr.tandem.plan.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimInvoice;
import fr.tandem.plan.model.ClaimLineSummary;
import fr.tandem.plan.model.ClaimTotal;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.export.PdfTables;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.platform.time.Clocks;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A grant claim's files for its funder, made from the claim's snapshot and dated with its own instant,
 * so that every download of a claim gives the same content: a PDF summary (city, plan, programme,
 * period, reference, the day it was made in Paris, totals per school and per school year, each line
 * with its rate, amount claimed and invoices' references) and an Excel detail (one row per invoice of
 * each line, with the line's school, label and items' serial numbers, the invoice's reference, days
 * and amount, the rate and the part of the amount claimed, then the totals). Texts in the language
 * asked for; what people typed is written as text, never as a formula.
 */
public final class ClaimFiles {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final List<String> EXCEL_HEADER = List.of("uai", "school", "year", "line", "serials", "invoice",
            "issuedOn", "paidOn", "invoiceAmount", "rate", "claimed");

    private ClaimFiles() {
    }

    public static byte[] pdf(ClaimDetail claim, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            String title = texts.text("claim.title", claim.reference());
            document.addTitle(title);
            document.addCreationDate(new PdfDate(GregorianCalendar.from(claim.madeAt().atZone(Clocks.PARIS))));
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(texts.text("claim.facts", claim.cityName(), claim.planTitle(),
                    texts.text("claim.programme." + claim.programme()), texts.date("day.pattern", claim.from()),
                    texts.date("day.pattern", claim.to()), texts.date("day.pattern", claim.madeAt())), NORMAL));
            document.add(new Paragraph(texts.text("claim.rule"), NORMAL));
            document.add(new Paragraph(texts.text("claim.totals", money(claim.paidBase(), language),
                    money(claim.amountClaimed(), language), claim.lines().size()), HEADING));
            if (claim.note() != null) {
                document.add(new Paragraph(texts.text("claim.note", claim.note()), NORMAL));
            }
            totals(document, texts, language, texts.text("claim.bySchool"), texts.text("claim.school"),
                    claim.bySchool());
            totals(document, texts, language, texts.text("claim.byYear"), texts.text("claim.year"), claim.byYear());
            document.add(new Paragraph(" "));
            document.add(new Paragraph(texts.text("claim.lines"), HEADING));
            PdfPTable lines = PdfTables.withHeaders(new float[] {4, 2, 4, 2, 3, 3, 5}, texts.text("claim.school"),
                    texts.text("claim.year"), texts.text("claim.line"), texts.text("claim.rate"),
                    texts.text("claim.paidBase"), texts.text("claim.amount"), texts.text("claim.invoices"));
            for (ClaimLineSummary line : claim.lines()) {
                cells(lines, school(line, texts), years(line.schoolYear()), line.label(), rate(line.rate(), language),
                        money(line.paidBase(), language), money(line.amountClaimed(), language),
                        line.invoices().stream().map(ClaimInvoice::reference).collect(Collectors.joining(", ")));
            }
            document.add(lines);
        } catch (DocumentException broken) {
            throw new IllegalStateException("The claim could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    public static byte[] excel(ClaimDetail claim, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<?>> rows = new ArrayList<>();
        BigDecimal invoiced = BigDecimal.ZERO;
        for (ClaimLineSummary line : claim.lines()) {
            List<BigDecimal> parts = parts(line);
            for (int i = 0; i < line.invoices().size(); i++) {
                ClaimInvoice invoice = line.invoices().get(i);
                rows.add(Arrays.asList(line.schoolUai(), school(line, texts), years(line.schoolYear()), line.label(),
                        String.join(", ", line.serialNumbers()), invoice.reference(),
                        texts.date("day.pattern", invoice.issuedOn()), texts.date("day.pattern", invoice.paidOn()),
                        invoice.amount(), line.rate(), parts.get(i)));
                invoiced = invoiced.add(invoice.amount());
            }
        }
        rows.add(Arrays.asList(null, texts.text("claim.total", claim.reference()), null, null, null, null, null, null,
                invoiced, null, claim.amountClaimed()));
        return ExcelExport.write(claim.reference(), EXCEL_HEADER.stream()
                .map(column -> texts.text("claim.excel." + column)).toList(), rows);
    }

    /**
     * The line's amount claimed shared among its invoices in proportion to their amounts, to the cent,
     * the last invoice taking what rounding left: the parts add up to the line's amount.
     */
    static List<BigDecimal> parts(ClaimLineSummary line) {
        List<BigDecimal> parts = new ArrayList<>();
        BigDecimal left = line.amountClaimed();
        for (int i = 0; i < line.invoices().size(); i++) {
            BigDecimal part = i == line.invoices().size() - 1 || line.paidBase().signum() == 0 ? left
                    : line.amountClaimed().multiply(line.invoices().get(i).amount())
                    .divide(line.paidBase(), 2, RoundingMode.HALF_UP).min(left);
            parts.add(part);
            left = left.subtract(part);
        }
        return parts;
    }

    private static void totals(Document document, TextBundle texts, Language language, String title, String what,
                               List<ClaimTotal> totals) throws DocumentException {
        document.add(new Paragraph(" "));
        document.add(new Paragraph(title, HEADING));
        PdfPTable table = PdfTables.withHeaders(new float[] {6, 3, 3}, what, texts.text("claim.paidBase"),
                texts.text("claim.amount"));
        for (ClaimTotal total : totals) {
            cells(table, total.label() == null ? texts.text("claim.wholeCity") : total.label(),
                    money(total.paidBase(), language), money(total.amountClaimed(), language));
        }
        document.add(table);
    }

    private static String school(ClaimLineSummary line, TextBundle texts) {
        return line.schoolName() == null ? texts.text("claim.wholeCity") : line.schoolName();
    }

    private static String years(int schoolYear) {
        return schoolYear + "–" + (schoolYear + 1);
    }

    /** "12 345,67 €" in French, "€12,345.67" in English (plain spaces: the PDF's font has no narrow one). */
    static String money(BigDecimal amount, Language language) {
        return language == Language.ENGLISH ? "€" + number(amount, language) : number(amount, language) + " €";
    }

    private static String rate(BigDecimal rate, Language language) {
        return number(rate, language) + (language == Language.ENGLISH ? "%" : " %");
    }

    private static String number(BigDecimal value, Language language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale());
        symbols.setGroupingSeparator(language == Language.ENGLISH ? ',' : ' ');
        symbols.setDecimalSeparator(language == Language.ENGLISH ? '.' : ',');
        return new DecimalFormat("#,##0.00", symbols).format(value);
    }

    private static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new PdfPCell(new Phrase(value, NORMAL)));
        }
    }
}

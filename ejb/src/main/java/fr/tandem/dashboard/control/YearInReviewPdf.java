package fr.tandem.dashboard.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.tandem.dashboard.model.YearInReview;
import fr.tandem.platform.Language;
import fr.tandem.platform.export.PdfBarChart;
import fr.tandem.platform.export.PdfTables;
import fr.tandem.platform.language.TextBundle;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The year in review as a PDF for the steering committee: a cover (scope, school year, when it was
 * made, Paris time), then one section per theme with a table "this year | previous year | change" and
 * a bar chart of the two years under it; in the language asked for.
 */
public final class YearInReviewPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 22);
    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 14);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private YearInReviewPdf() {
    }

    public static byte[] of(YearInReview review, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, pdf);
            String title = texts.text("review.title", review.current().schoolYear());
            document.addTitle(title);
            document.open();
            cover(document, review, texts, title);
            for (YearInReview.Theme theme : review.themes()) {
                document.newPage();
                section(document, writer, review, theme, texts);
            }
            if (review.current().money() == null) {
                document.add(new Paragraph(texts.text("review.noMoney"), NORMAL));
            }
        } catch (DocumentException broken) {
            throw new IllegalStateException("The year in review could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    private static void cover(Document document, YearInReview review, TextBundle texts, String title)
            throws DocumentException {
        Paragraph space = new Paragraph(" ");
        space.setSpacingBefore(180);
        document.add(space);
        Paragraph heading = new Paragraph(title, TITLE);
        heading.setAlignment(Element.ALIGN_CENTER);
        document.add(heading);
        for (String line : List.of(texts.text("review.partnership"),
                review.scope().isEmpty() ? texts.text("review.scope.all") : texts.text("review.scope", review.scope()),
                texts.text("review.compared", review.previous().schoolYear()),
                texts.text("review.madeAt", texts.date("review.madeAt.pattern", review.madeAt())))) {
            Paragraph paragraph = new Paragraph(line, SUBTITLE);
            paragraph.setAlignment(Element.ALIGN_CENTER);
            paragraph.setSpacingBefore(12);
            document.add(paragraph);
        }
    }

    private static void section(Document document, PdfWriter writer, YearInReview review, YearInReview.Theme theme,
                                TextBundle texts) throws DocumentException {
        Locale locale = texts.locale();
        document.add(new Paragraph(texts.text("review.theme." + theme.key()), HEADING));
        document.add(new Paragraph(texts.text("review.theme." + theme.key() + ".about"), NORMAL));
        document.add(new Paragraph(" "));
        String now = review.current().schoolYear();
        String before = review.previous().schoolYear();
        PdfPTable table = PdfTables.withHeaders(new float[] {4, 2, 2, 2}, texts.text("review.figure"), now, before,
                texts.text("review.change"));
        for (YearInReview.Figure figure : theme.figures()) {
            table.addCell(new PdfPCell(new Phrase(texts.text("review.figure." + figure.key()), NORMAL)));
            for (String value : List.of(value(figure.unit(), figure.current(), locale),
                    value(figure.unit(), figure.previous(), locale), change(figure, locale))) {
                PdfPCell cell = new PdfPCell(new Phrase(value, NORMAL));
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        document.add(table);
        if (theme.key().equals("training")) {
            document.add(new Paragraph(texts.text("review.training.privacy", review.current().training().minGroup()),
                    NORMAL));
        }
        List<YearInReview.Figure> charted = theme.charted();
        document.add(new Paragraph(" "));
        Image chart = PdfBarChart.horizontal(writer,
                charted.stream().map(f -> texts.text("review.figure." + f.key())).toList(), List.of(
                        series(before, PdfBarChart.EARLIER, charted, false, locale),
                        series(now, PdfBarChart.LATER, charted, true, locale)));
        chart.setAlt(texts.text("review.chart", texts.text("review.theme." + theme.key())));
        document.add(chart);
    }

    private static PdfBarChart.Series series(String year, Color color, List<YearInReview.Figure> figures,
                                             boolean current, Locale locale) {
        return new PdfBarChart.Series(year, color,
                figures.stream().map(f -> current ? f.current() : f.previous())
                        .map(v -> v == null ? 0.0 : v.doubleValue()).toList(),
                figures.stream().map(f -> value(f.unit(), current ? f.current() : f.previous(), locale)).toList());
    }

    /** A figure as written: an amount in euros, hours from minutes, a percentage or a count; a dash when hidden. */
    static String value(YearInReview.Unit unit, Number value, Locale locale) {
        if (value == null) {
            return "—";
        }
        return switch (unit) {
            case MONEY -> String.format(locale, "%.2f €", (BigDecimal) value);
            case HOURS -> String.format(locale, "%.1f h", value.longValue() / 60.0);
            case PERCENT -> value.longValue() + " %";
            case COUNT -> String.valueOf(value.longValue());
        };
    }

    /** The change, signed; percentages change in points. */
    static String change(YearInReview.Figure figure, Locale locale) {
        Number change = figure.change();
        if (change == null) {
            return "—";
        }
        String sign = change instanceof BigDecimal d ? (d.signum() > 0 ? "+" : "") : (change.longValue() > 0 ? "+" : "");
        return figure.unit() == YearInReview.Unit.PERCENT ? sign + change.longValue() + " pts"
                : sign + value(figure.unit(), change, locale);
    }
}

package fr.tandem.platform.export;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * Simple horizontal bar charts drawn as vectors in a PDF (no image library, nothing to run headless):
 * one row per label, one bar per series in each row, a legend above and each bar's value written at its
 * end. Texts are drawn as PDF text, never interpreted.
 */
public final class PdfBarChart {

    /** The colour of the year before (grey, as the pages' "due" bars). */
    public static final Color EARLIER = new Color(0x9c, 0xa3, 0xaf);
    /** The colour of the year in view (dark blue, as the pages' "done" bars). */
    public static final Color LATER = new Color(0x1d, 0x4e, 0xd8);

    private static final float WIDTH = 520;
    private static final float LABEL_WIDTH = 170;
    private static final float VALUE_WIDTH = 70;
    private static final float BAR = 11;
    private static final float GAP = 7;
    private static final float LEGEND = 20;
    private static final float FONT_SIZE = 8;

    /**
     * One series of bars: its legend, its colour, one value per label and the text written at each bar.
     */
    public record Series(String label, Color color, List<Double> values, List<String> shown) {
    }

    private PdfBarChart() {
    }

    /** The chart as an image to add to the document of this writer. */
    public static Image horizontal(PdfWriter writer, List<String> labels, List<Series> series) {
        try {
            BaseFont font = BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            float rowHeight = series.size() * BAR + GAP;
            float height = LEGEND + labels.size() * rowHeight + 2;
            PdfTemplate chart = writer.getDirectContent().createTemplate(WIDTH, height);
            double max = series.stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue)
                    .filter(v -> v > 0).max().orElse(1);
            float x = LABEL_WIDTH;
            for (Series one : series) {
                chart.setColorFill(one.color());
                chart.rectangle(x, height - 11, 8, 8);
                chart.fill();
                x = text(chart, font, one.label(), x + 12, height - 10, PdfContentByte.ALIGN_LEFT) + 16;
            }
            float barRoom = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
            for (int row = 0; row < labels.size(); row++) {
                float top = height - LEGEND - row * rowHeight;
                text(chart, font, fitted(font, labels.get(row), LABEL_WIDTH - 8), LABEL_WIDTH - 6,
                        top - series.size() * BAR / 2 - 3, PdfContentByte.ALIGN_RIGHT);
                for (int s = 0; s < series.size(); s++) {
                    Series one = series.get(s);
                    float bottom = top - (s + 1) * BAR;
                    float length = (float) (Math.max(0, one.values().get(row)) / max * barRoom);
                    if (length > 0) {
                        chart.setColorFill(one.color());
                        chart.rectangle(LABEL_WIDTH, bottom + 1, length, BAR - 2);
                        chart.fill();
                    }
                    text(chart, font, one.shown().get(row), LABEL_WIDTH + length + 3, bottom + 2.5f,
                            PdfContentByte.ALIGN_LEFT);
                }
            }
            chart.setColorStroke(Color.DARK_GRAY);
            chart.moveTo(LABEL_WIDTH, 0);
            chart.lineTo(LABEL_WIDTH, height - LEGEND + 2);
            chart.stroke();
            return Image.getInstance(chart);
        } catch (IOException | BadElementException broken) {
            throw new IllegalStateException("The chart could not be drawn", broken);
        }
    }

    /** Writes the text, returns where it ends on the right. */
    private static float text(PdfTemplate chart, BaseFont font, String text, float x, float y, int alignment) {
        chart.setColorFill(Color.BLACK);
        chart.beginText();
        chart.setFontAndSize(font, FONT_SIZE);
        chart.showTextAligned(alignment, text, x, y, 0);
        chart.endText();
        return x + font.getWidthPoint(text, FONT_SIZE);
    }

    /** The text, cut with an ellipsis when it is wider than the room. */
    private static String fitted(BaseFont font, String text, float room) {
        if (font.getWidthPoint(text, FONT_SIZE) <= room) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && font.getWidthPoint(cut + "…", FONT_SIZE) > room) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}

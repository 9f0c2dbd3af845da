package fr.tandem.platform.export;

import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The tables of Tandem's PDF documents: the page's width, a bold heading row repeated on each page. */
public final class PdfTables {

    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

    private PdfTables() {
    }

    /** An empty table of these relative column widths under a heading row of these texts. */
    public static PdfPTable withHeaders(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(new PdfPCell(new Phrase(header, HEADER)));
        }
        return table;
    }
}

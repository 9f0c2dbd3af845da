package fr.tandem.platform.export;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV cells that a spreadsheet would run as formulas are written as text, and read back as they were. */
class CsvExportTest {

    @Test
    void cellsStartingLikeAFormulaGetAQuote() {
        assertThat(CsvExport.neutralised("=HYPERLINK(\"http://x\";\"y\")"), is("'=HYPERLINK(\"http://x\";\"y\")"));
        assertThat(CsvExport.neutralised("+33 4 67 00 00 00"), is("'+33 4 67 00 00 00"));
        assertThat(CsvExport.neutralised("-2+3+cmd|' /C calc'!A0"), is("'-2+3+cmd|' /C calc'!A0"));
        assertThat(CsvExport.neutralised("@SUM(1+1)"), is("'@SUM(1+1)"));
        assertThat(CsvExport.neutralised("\t=1"), is("'\t=1"));
        assertThat(CsvExport.neutralised("\r=1"), is("'\r=1"));
    }

    @Test
    void numbersAndOrdinaryTextAreWrittenAsTheyAre() {
        assertThat(CsvExport.neutralised("-12"), is("-12"));
        assertThat(CsvExport.neutralised("-3,5"), is("-3,5"));
        assertThat(CsvExport.neutralised("+4.25"), is("+4.25"));
        assertThat(CsvExport.neutralised("Salle 12 = B"), is("Salle 12 = B"));
        assertThat(CsvExport.neutralised("'quoted"), is("'quoted"));
        assertThat(CsvExport.neutralised(""), is(""));
    }

    @Test
    void everyCellReadsBackAsItWas() {
        for (String cell : List.of("=HYPERLINK(\"http://x\")", "@SUM(1+1)", "-1+1", "+x", "\tx", "\rx", "-12", "'=x",
                "''@y", "'quoted", "'-3", "plain", "")) {
            assertThat(cell, CsvExport.unneutralised(CsvExport.neutralised(cell)), is(cell));
        }
        assertThat("a quote the export did not add stays", CsvExport.unneutralised("'hello"), is("'hello"));
    }

    @Test
    void theWholeFileIsProtectedHeaderIncluded() {
        String csv = new String(CsvExport.write(List.of("=h", "b"), List.of(List.of("@a", "-5"), List.of("x", "=1+1"))),
                StandardCharsets.UTF_8);
        assertThat(csv, is("\uFEFF'=h;b\r\n'@a;-5\r\nx;'=1+1\r\n"));
    }
}

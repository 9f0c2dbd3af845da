package fr.tandem.platform.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes exports as spreadsheet programs in France open them without a question: UTF-8 with a
 * byte-order mark, ';' between fields, CRLF, every row. A text cell that a spreadsheet would read
 * as a formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return) is written with a {@code '} in front (the OWASP rule against CSV injection); a plain
 * number ({@code -12}, {@code -3,5}) is not a formula and is written as it is. {@link #unneutralised}
 * gives back what was there before, for imports that read an export.
 */
public final class CsvExport {

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CsvExport() {
    }

    public static byte[] write(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), FORMAT)) {
            printer.print("\uFEFF" + neutralised(header.get(0)));
            for (String column : header.subList(1, header.size())) {
                printer.print(neutralised(column));
            }
            printer.println();
            for (List<String> row : rows) {
                for (String cell : row) {
                    printer.print(neutralised(cell));
                }
                printer.println();
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    /**
     * The cell as it is written: with a {@code '} in front when a spreadsheet would take it for a
     * formula, or when it already starts with a {@code '} that {@link #unneutralised} would drop.
     */
    public static String neutralised(String cell) {
        return needsQuote(cell) ? "'" + cell : cell;
    }

    /** What {@link #neutralised} was given: the {@code '} is dropped only when {@code neutralised} added it. */
    public static String unneutralised(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsQuote(String cell) {
        if (cell == null || cell.isEmpty() || NUMBER.matcher(cell).matches()) {
            return false;
        }
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 || cell.charAt(0) == '\'' && needsQuote(cell.substring(1));
    }
}

package fr.tandem.platform.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file's text as the imports read it: column names compared without case, accents, spaces
 * around them or a byte-order mark, and the physical line (the first is 1) each record starts on,
 * so that a report names the line a person sees in their editor.
 */
public final class CsvText {

    private static final String BOM = "\uFEFF";

    private final String text;
    private final int[] lineStarts;

    public CsvText(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int index = 0; index < text.length(); index++) {
            char current = text.charAt(index);
            boolean crlf = current == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n';
            if (current == '\n' || current == '\r' && !crlf) {
                starts.add(index + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The physical line number (from 1) the record starts on. */
    public int lineOf(CSVRecord record) {
        int position = (int) record.getCharacterPosition();
        // a record starts where the parser began, before the empty lines it skipped
        while (position < text.length() && (text.charAt(position) == '\r' || text.charAt(position) == '\n')) {
            position++;
        }
        int found = Arrays.binarySearch(lineStarts, position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** A column name as it is compared: no byte-order mark, no surrounding spaces, lower case, no accents. */
    public static String columnKey(String columnName) {
        String name = columnName.startsWith(BOM) ? columnName.substring(BOM.length()) : columnName;
        return Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}

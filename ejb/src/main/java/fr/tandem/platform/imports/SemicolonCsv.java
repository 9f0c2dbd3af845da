package fr.tandem.platform.imports;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.TextDecoding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the ';'-separated files people import (UTF-8 with or without a byte-order mark, else
 * Windows-1252/Latin-1): the header's columns found by {@link CsvText#columnKey}, then each record
 * handed over with the physical line it starts on. Refusals of the file as a whole use the keys
 * {@code <prefix>.structure.empty} and {@code <prefix>.structure.separator}; a missing value in a row,
 * {@code <prefix>.skip.missingValue}.
 */
public final class SemicolonCsv {

    // lenient about stray quotes so that no input makes the parser fail: such lines end with a wrong field count
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setQuote('"')
            .setIgnoreEmptyLines(true)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();

    private SemicolonCsv() {
    }

    /** Turns one record into a line of the caller's kind. */
    @FunctionalInterface
    public interface LineReader<T> {
        T line(int lineNumber, Row row);
    }

    /** The lines of a file and the character set it was read in. */
    public record Lines<T>(String charset, List<T> lines) {
    }

    /**
     * Reads a whole file.
     *
     * @param columnsCheck refuses a header that lacks what the caller needs (a {@link RuleViolation})
     */
    public static <T> Lines<T> read(byte[] content, String prefix, Consumer<Columns> columnsCheck,
                                    LineReader<T> reader) {
        TextDecoding.Decoded text = TextDecoding.decodeTrustingBom(content, TextDecoding.WINDOWS_1252);
        if (text.text().isBlank()) {
            throw new RuleViolation(prefix + ".structure.empty");
        }
        try (CSVParser parser = CSVParser.parse(text.text(), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            Columns columns = Columns.of(records.next(), prefix);
            columnsCheck.accept(columns);
            CsvText lineNumbers = new CsvText(text.text());
            List<T> lines = new ArrayList<>();
            records.forEachRemaining(record -> lines.add(reader.line(lineNumbers.lineOf(record),
                    new Row(record, columns, prefix))));
            return new Lines<>(text.charset().name(), lines);
        } catch (IOException impossible) {
            throw new UncheckedIOException("reading text held in memory", impossible);
        }
    }

    /** The header: how many columns, and where each is (by {@link CsvText#columnKey}; the first of a repeated name). */
    public record Columns(int size, Map<String, Integer> indexes) {

        static Columns of(CSVRecord names, String prefix) {
            if (names.size() < 2) {
                throw new RuleViolation(prefix + ".structure.separator");
            }
            Map<String, Integer> indexes = new HashMap<>();
            for (int index = 0; index < names.size(); index++) {
                indexes.putIfAbsent(CsvText.columnKey(names.get(index)), index);
            }
            return new Columns(names.size(), Map.copyOf(indexes));
        }

        public boolean has(String column) {
            return indexes.containsKey(CsvText.columnKey(column));
        }
    }

    /** One record and the values of its columns, trimmed. */
    public record Row(CSVRecord record, Columns columns, String prefix) {

        /** Whether the record has as many fields as the header. */
        public boolean complete() {
            return record.size() == columns.size();
        }

        public int size() {
            return record.size();
        }

        /** The value, or "" when the column is absent. */
        public String text(String column) {
            Integer index = columns.indexes().get(CsvText.columnKey(column));
            return index == null ? "" : record.get(index).strip();
        }

        /** The value, or null when it is empty or the column absent. */
        public String optional(String column) {
            String text = text(column);
            return text.isEmpty() ? null : text;
        }

        /** The value; {@code <prefix>.skip.missingValue} when it is empty. */
        public String required(String column) {
            String text = text(column);
            if (text.isEmpty()) {
                throw new RuleViolation(prefix + ".skip.missingValue", column);
            }
            return text;
        }
    }
}

package fr.tandem.equipment.control;

import fr.tandem.equipment.EquipmentDetails;
import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.TextDecoding;
import fr.tandem.platform.export.CsvExport;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The inventory file, read and written: {@code ;}-separated, UTF-8 (with or without BOM) or
 * Latin-1, a header naming the columns in any order and case:
 * {@code numero_serie;type;marque;modele;uai;salle;date_achat;prix;part_tne;fin_garantie;statut}.
 * The first four of {@link #REQUIRED} must be there. Types and statuses are the codes of the export
 * ({@code INTERACTIVE_SCREEN}, {@code IN_SERVICE}…) or their usual French words (ENI, tablette,
 * classe mobile, webradio, visualiseur, ordinateur portable, autre; en service, en panne, en
 * réparation, réformé); dates are {@code 2025-09-01} or {@code 01/09/2025}; amounts in euros,
 * with a comma or a point. A cell that the export protected against formula injection ({@code '=…})
 * is read back without the added {@code '}.
 */
public final class InventoryCsv {

    public static final List<String> HEADER = List.of("numero_serie", "type", "marque", "modele", "uai", "salle",
            "date_achat", "prix", "part_tne", "fin_garantie", "statut");
    public static final List<String> REQUIRED = List.of("numero_serie", "type", "marque", "uai");

    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';')
            .setIgnoreEmptyLines(false).setTrim(true).get();
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Map<String, EquipmentType> TYPE_WORDS = Map.of("ENI", EquipmentType.INTERACTIVE_SCREEN,
            "ECRAN NUMERIQUE INTERACTIF", EquipmentType.INTERACTIVE_SCREEN, "TABLETTE", EquipmentType.TABLET,
            "CLASSE MOBILE", EquipmentType.MOBILE_TABLET_SET, "WEBRADIO", EquipmentType.WEBRADIO_KIT,
            "VISUALISEUR", EquipmentType.DOCUMENT_CAMERA, "ORDINATEUR PORTABLE", EquipmentType.LAPTOP,
            "PC PORTABLE", EquipmentType.LAPTOP, "AUTRE", EquipmentType.OTHER);
    private static final Map<String, EquipmentStatus> STATUS_WORDS = Map.of("EN SERVICE", EquipmentStatus.IN_SERVICE,
            "EN PANNE", EquipmentStatus.BROKEN, "EN REPARATION", EquipmentStatus.IN_REPAIR,
            "REFORME", EquipmentStatus.RETIRED);

    private InventoryCsv() {
    }

    /** The values of one line, checked. */
    public record Values(String schoolUai, EquipmentDetails details, EquipmentStatus status) {
    }

    /** One line of the file (the header is line 1), its fields by column name. */
    public record Row(int line, Map<String, String> fields) {

        public String serialNumber() {
            return fields.get("numero_serie");
        }

        /**
         * The line's values.
         *
         * @throws RuleViolation when a value is not recognised or breaks an item's rule
         */
        public Values values() {
            EquipmentType type = word("type", EquipmentType.class, TYPE_WORDS);
            EquipmentStatus status = word("statut", EquipmentStatus.class, STATUS_WORDS);
            EquipmentDetails details = new EquipmentDetails(type, fields.get("marque"), fields.get("modele"),
                    fields.get("salle"), date("date_achat"), amount("prix"), amount("part_tne"), date("fin_garantie"));
            return new Values(fields.get("uai"), details, status);
        }

        private <E extends Enum<E>> E word(String column, Class<E> type, Map<String, E> words) {
            String raw = fields.get(column);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String key = Normalizer.normalize(raw.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toUpperCase(Locale.ROOT);
            if (words.containsKey(key)) {
                return words.get(key);
            }
            try {
                return Enum.valueOf(type, key.replace(' ', '_'));
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolation("equipment.csv.value", column, raw);
            }
        }

        private LocalDate date(String column) {
            String raw = fields.get(column);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return raw.contains("/") ? LocalDate.parse(raw.strip(), FRENCH_DATE) : LocalDate.parse(raw.strip());
            } catch (DateTimeParseException notADate) {
                throw new RuleViolation("equipment.csv.value", column, raw);
            }
        }

        private BigDecimal amount(String column) {
            String raw = fields.get(column);
            if (raw == null || raw.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(raw.replaceAll("[\\s\\u00A0\\u202F€]", "").replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                throw new RuleViolation("equipment.csv.value", column, raw);
            }
        }
    }

    /**
     * Reads the file into lines; the values of each line are checked only when asked for.
     *
     * @throws RuleViolation {@code equipment.csv.structure} when the header lacks a required column
     */
    public static List<Row> read(byte[] content) {
        String text = TextDecoding.decode(content, StandardCharsets.ISO_8859_1).text();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> header = null;
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = record.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
                    if (!header.containsAll(REQUIRED)) {
                        throw new RuleViolation("equipment.csv.structure", String.join(";", REQUIRED));
                    }
                    continue;
                }
                Map<String, String> fields = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    fields.put(header.get(i), record.get(i).isBlank() ? null : CsvExport.unneutralised(record.get(i)));
                }
                rows.add(new Row(line, fields));
            }
            if (header == null) {
                throw new RuleViolation("equipment.csv.structure", String.join(";", REQUIRED));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new RuleViolation("equipment.csv.structure", String.join(";", REQUIRED));
        }
        return rows;
    }

    /** Items in the file's own format (so that an export imports back unchanged). */
    public static byte[] write(List<EquipmentSummary> items) {
        List<List<String>> rows = items.stream().map(i -> List.of(i.serialNumber(), i.type().name(), i.brand(),
                text(i.model()), i.schoolUai(), text(i.room()), text(i.purchaseDate()), text(i.price()),
                text(i.tneAmount()), text(i.warrantyEnd()), i.status().name())).toList();
        return CsvExport.write(HEADER, rows);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

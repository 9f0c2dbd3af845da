package fr.tandem.dashboard.control;

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
import fr.tandem.dashboard.model.DashboardFigures;
import fr.tandem.dashboard.model.DashboardFilter;
import fr.tandem.dashboard.model.EquipmentFigures;
import fr.tandem.dashboard.model.LicenceFigures;
import fr.tandem.dashboard.model.RequestFigures;
import fr.tandem.dashboard.model.TrainingFigures;
import fr.tandem.platform.export.CsvExport;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard as files: a CSV in long form (section; line; code; figure; value — every figure,
 * for a spreadsheet's pivot table) and a PDF to print, one table per section.
 */
public final class DashboardExports {

    private static final Map<String, String> TYPES = Map.of("INTERACTIVE_SCREEN", "ENI", "TABLET", "tablettes",
            "MOBILE_TABLET_SET", "classes mobiles", "WEBRADIO_KIT", "kits webradio", "DOCUMENT_CAMERA", "visualiseurs",
            "LAPTOP", "portables", "OTHER", "autres");
    private static final Map<String, String> CATEGORIES = Map.of("HARDWARE", "Matériel", "SOFTWARE", "Logiciel",
            "LICENCE_ACCESS", "Licence ou accès", "TRAINING_NEED", "Besoin de formation", "OTHER", "Autre");

    private DashboardExports() {
    }

    public static byte[] csv(DashboardFigures figures) {
        List<List<String>> rows = new ArrayList<>();
        for (Section section : sections(figures)) {
            for (List<String> line : section.lines()) {
                for (int column = 2; column < section.header().size(); column++) {
                    rows.add(List.of(section.title(), line.get(1), line.get(0), section.header().get(column),
                            line.get(column)));
                }
            }
        }
        return CsvExport.write(List.of("Rubrique", "Ligne", "Code", "Indicateur", "Valeur"), rows);
    }

    public static byte[] pdf(DashboardFigures figures) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle("Tableau de bord du partenariat");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph("Tableau de bord du partenariat ville – circonscriptions", title));
            document.add(new Paragraph(describe(figures.filter(), figures.training().schoolYear()), normal));
            document.add(new Paragraph(privacy(figures.training().minGroup()), normal));
            for (Section section : sections(figures)) {
                document.add(new Paragraph(" "));
                document.add(new Paragraph(section.title(), heading));
                PdfPTable table = new PdfPTable(section.header().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                section.header().forEach(h -> table.addCell(new PdfPCell(new Phrase(h, bold))));
                section.lines().forEach(line -> line.forEach(v -> table.addCell(new PdfPCell(new Phrase(v, normal)))));
                document.add(table);
            }
        } catch (DocumentException broken) {
            throw new IllegalStateException("The dashboard could not be written", broken);
        } finally {
            document.close();
        }
        return pdf.toByteArray();
    }

    /** A section as a table: a header, then lines whose first two cells are the code and the name. */
    private record Section(String title, List<String> header, List<List<String>> lines) {
    }

    private static List<Section> sections(DashboardFigures figures) {
        List<Section> sections = new ArrayList<>();
        TrainingFigures training = figures.training();
        List<List<String>> lines = new ArrayList<>();
        training.rows().forEach(r -> lines.add(List.of(r.code(), r.name(), String.valueOf(r.teachers()),
                count(r.teachersComplete()), hours(r.minutesDue()), hours(r.minutesDone()),
                percent(r.minutesDone(), r.minutesDue()))));
        lines.add(List.of("", "Total", String.valueOf(training.teachers()), count(training.teachersComplete()),
                hours(training.minutesDue()), hours(training.minutesDone()),
                percent(training.minutesDone(), training.minutesDue())));
        sections.add(new Section("Formation des enseignants " + training.schoolYear(), List.of("Code", "Nom",
                "Enseignants", "Ayant fait leurs heures", "Heures dues", "Heures faites", "Part faite (%)"), lines));
        LicenceFigures licences = figures.licences();
        List<List<String>> licenceLines = new ArrayList<>();
        licences.rows().forEach(r -> licenceLines.add(List.of(r.code(), r.name().isEmpty() ? "Non attribué" : r.name(),
                String.valueOf(r.seatsAssigned()), String.valueOf(r.seatsUsed()), money(r.spent()), money(r.grant()))));
        licenceLines.add(List.of("", "Total (" + licences.licences() + " licences)", String.valueOf(licences.seatsAssigned()),
                String.valueOf(licences.seatsUsed()), money(licences.spent()), money(licences.grant())));
        sections.add(new Section("Licences", List.of("Code", "Nom", "Postes attribués", "Postes utilisés (GAR)",
                "Dépense (€)", "dont subventions (€)"), licenceLines));
        EquipmentFigures equipment = figures.equipment();
        List<List<String>> equipmentLines = new ArrayList<>();
        equipment.rows().forEach(r -> equipmentLines.add(List.of(r.code(), r.name(), String.valueOf(r.deployed()),
                String.valueOf(r.outOfService()), types(r.deployedByType()), money(r.spent()), money(r.tneShare()))));
        equipmentLines.add(List.of("", "Total", String.valueOf(equipment.deployed()), String.valueOf(equipment.outOfService()),
                types(equipment.deployedByType()), money(equipment.spent()), money(equipment.tneShare())));
        sections.add(new Section("Équipement", List.of("Code", "Nom", "En place", "En panne ou en réparation",
                "Par type", "Achats de l'année (€)", "dont part TNE (€)"), equipmentLines));
        RequestFigures requests = figures.requests();
        List<List<String>> requestLines = new ArrayList<>();
        requests.rows().forEach(r -> requestLines.add(List.of(r.category(), category(r.category()),
                String.valueOf(r.open()), String.valueOf(r.overdue()), percent(r.answeredOnTime(), r.answered()),
                percent(r.resolvedOnTime(), r.resolved()))));
        requestLines.add(List.of("", "Total", String.valueOf(requests.open()), String.valueOf(requests.overdue()),
                percent(requests.answeredOnTime(), requests.answered()), percent(requests.resolvedOnTime(), requests.resolved())));
        sections.add(new Section("Demandes des enseignants", List.of("Code", "Catégorie", "Ouvertes", "En retard",
                "Premières réponses dans le délai (%)", "Résolutions dans le délai (%)"), requestLines));
        return sections;
    }

    private static String describe(DashboardFilter filter, String schoolYear) {
        return "Année scolaire " + schoolYear
                + (filter.circonscriptionCode() == null ? " — toutes les circonscriptions"
                : " — circonscription " + filter.circonscriptionCode())
                + (filter.schoolUai() == null ? "" : " — école " + filter.schoolUai());
    }

    private static String types(Map<String, Long> byType) {
        StringBuilder text = new StringBuilder();
        byType.forEach((type, count) -> text.append(text.length() == 0 ? "" : ", ").append(TYPES.getOrDefault(type, type))
                .append(" : ").append(count));
        return text.toString();
    }

    private static String category(String category) {
        return CATEGORIES.getOrDefault(category, category);
    }

    static String money(BigDecimal amount) {
        return amount == null ? "—" : String.format(Locale.FRENCH, "%.2f", amount);
    }

    /** The sentence that says why some lines are merged or show a dash. */
    static String privacy(int minGroup) {
        return "Formation : les écoles ou circonscriptions de moins de " + minGroup + " enseignants sont regroupées "
                + "(« Autres écoles », « Autres circonscriptions ») ; un groupe encore trop petit n'a pas ses heures (—).";
    }

    static String count(Integer count) {
        return count == null ? "—" : String.valueOf(count);
    }

    static String hours(Long minutes) {
        return minutes == null ? "—" : String.format(Locale.FRENCH, "%.1f", minutes / 60.0);
    }

    static String percent(Long part, Long whole) {
        return part == null || whole == null || whole == 0 ? "—" : String.valueOf(Math.round(part * 100.0 / whole));
    }
}

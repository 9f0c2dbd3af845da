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
import fr.tandem.platform.Language;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.language.TextBundle;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The dashboard as files: a CSV in long form (section; line; code; figure; value — every figure,
 * for a spreadsheet's pivot table) and a PDF to print, one table per section; both in the language
 * of the person who asks for them.
 */
public final class DashboardExports {

    private DashboardExports() {
    }

    public static byte[] csv(DashboardFigures figures, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        List<List<String>> rows = new ArrayList<>();
        for (Section section : sections(figures, texts)) {
            for (List<String> line : section.lines()) {
                for (int column = 2; column < section.header().size(); column++) {
                    rows.add(List.of(section.title(), line.get(1), line.get(0), section.header().get(column),
                            line.get(column)));
                }
            }
        }
        return CsvExport.write(List.of(texts.text("dashboard.csv.section"), texts.text("dashboard.csv.line"),
                texts.text("dashboard.csv.code"), texts.text("dashboard.csv.figure"), texts.text("dashboard.csv.value")), rows);
    }

    public static byte[] pdf(DashboardFigures figures, Language language) {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, pdf);
            document.addTitle(texts.text("dashboard.title"));
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph(texts.text("dashboard.heading"), title));
            document.add(new Paragraph(describe(texts, figures.filter(), figures.training().schoolYear()), normal));
            document.add(new Paragraph(texts.text("dashboard.privacy", figures.training().minGroup()), normal));
            for (Section section : sections(figures, texts)) {
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

    private static List<Section> sections(DashboardFigures figures, TextBundle texts) {
        Locale locale = texts.locale();
        String code = texts.text("dashboard.code");
        String name = texts.text("dashboard.name");
        String total = texts.text("dashboard.total");
        List<Section> sections = new ArrayList<>();
        TrainingFigures training = figures.training();
        List<List<String>> lines = new ArrayList<>();
        training.rows().forEach(r -> lines.add(List.of(r.code(), r.name(), String.valueOf(r.teachers()),
                count(r.teachersComplete()), hours(r.minutesDue(), locale), hours(r.minutesDone(), locale),
                percent(r.minutesDone(), r.minutesDue()))));
        lines.add(List.of("", total, String.valueOf(training.teachers()), count(training.teachersComplete()),
                hours(training.minutesDue(), locale), hours(training.minutesDone(), locale),
                percent(training.minutesDone(), training.minutesDue())));
        sections.add(new Section(texts.text("dashboard.training", training.schoolYear()), List.of(code, name,
                texts.text("dashboard.training.teachers"), texts.text("dashboard.training.complete"),
                texts.text("dashboard.training.due"), texts.text("dashboard.training.done"),
                texts.text("dashboard.training.share")), lines));
        LicenceFigures licences = figures.licences();
        List<List<String>> licenceLines = new ArrayList<>();
        licences.rows().forEach(r -> licenceLines.add(List.of(r.code(),
                r.name().isEmpty() ? texts.text("dashboard.licences.unassigned") : r.name(),
                String.valueOf(r.seatsAssigned()), String.valueOf(r.seatsUsed()), money(r.spent(), locale),
                money(r.grant(), locale))));
        licenceLines.add(List.of("", texts.text("dashboard.licences.total", licences.licences()),
                String.valueOf(licences.seatsAssigned()), String.valueOf(licences.seatsUsed()),
                money(licences.spent(), locale), money(licences.grant(), locale)));
        sections.add(new Section(texts.text("dashboard.licences"), List.of(code, name,
                texts.text("dashboard.licences.assigned"), texts.text("dashboard.licences.used"),
                texts.text("dashboard.licences.spent"), texts.text("dashboard.licences.grant")), licenceLines));
        EquipmentFigures equipment = figures.equipment();
        List<List<String>> equipmentLines = new ArrayList<>();
        equipment.rows().forEach(r -> equipmentLines.add(List.of(r.code(), r.name(), String.valueOf(r.deployed()),
                String.valueOf(r.outOfService()), types(texts, r.deployedByType()), money(r.spent(), locale),
                money(r.tneShare(), locale))));
        equipmentLines.add(List.of("", total, String.valueOf(equipment.deployed()), String.valueOf(equipment.outOfService()),
                types(texts, equipment.deployedByType()), money(equipment.spent(), locale),
                money(equipment.tneShare(), locale)));
        sections.add(new Section(texts.text("dashboard.equipment"), List.of(code, name,
                texts.text("dashboard.equipment.deployed"), texts.text("dashboard.equipment.outOfService"),
                texts.text("dashboard.equipment.byType"), texts.text("dashboard.equipment.spent"),
                texts.text("dashboard.equipment.tne")), equipmentLines));
        RequestFigures requests = figures.requests();
        List<List<String>> requestLines = new ArrayList<>();
        requests.rows().forEach(r -> requestLines.add(List.of(r.category(),
                texts.text("dashboard.requests.category." + r.category()),
                String.valueOf(r.open()), String.valueOf(r.overdue()), percent(r.answeredOnTime(), r.answered()),
                percent(r.resolvedOnTime(), r.resolved()))));
        requestLines.add(List.of("", total, String.valueOf(requests.open()), String.valueOf(requests.overdue()),
                percent(requests.answeredOnTime(), requests.answered()), percent(requests.resolvedOnTime(), requests.resolved())));
        sections.add(new Section(texts.text("dashboard.requests"), List.of(code,
                texts.text("dashboard.requests.category"), texts.text("dashboard.requests.open"),
                texts.text("dashboard.requests.overdue"), texts.text("dashboard.requests.answeredOnTime"),
                texts.text("dashboard.requests.resolvedOnTime")), requestLines));
        return sections;
    }

    /** The year and the scope the figures are of, joined by dashes. */
    private static String describe(TextBundle texts, DashboardFilter filter, String schoolYear) {
        return texts.text("dashboard.schoolYear", schoolYear) + " — "
                + (filter.circonscriptionCode() == null ? texts.text("dashboard.allCirconscriptions")
                : texts.text("dashboard.circonscription", filter.circonscriptionCode()))
                + (filter.schoolUai() == null ? "" : " — " + texts.text("dashboard.school", filter.schoolUai()));
    }

    private static String types(TextBundle texts, Map<String, Long> byType) {
        StringBuilder text = new StringBuilder();
        byType.forEach((type, count) -> text.append(text.length() == 0 ? "" : ", ")
                .append(texts.text("dashboard.equipment.count", texts.text("dashboard.equipment.type." + type), count)));
        return text.toString();
    }

    static String money(BigDecimal amount, Locale locale) {
        return amount == null ? "—" : String.format(locale, "%.2f", amount);
    }

    static String count(Integer count) {
        return count == null ? "—" : String.valueOf(count);
    }

    static String hours(Long minutes, Locale locale) {
        return minutes == null ? "—" : String.format(locale, "%.1f", minutes / 60.0);
    }

    static String percent(Long part, Long whole) {
        return part == null || whole == null || whole == 0 ? "—" : String.valueOf(Math.round(part * 100.0 / whole));
    }
}

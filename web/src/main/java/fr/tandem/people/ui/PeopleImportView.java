package fr.tandem.people.ui;

import fr.tandem.people.boundary.PeopleImports;
import fr.tandem.people.model.PeopleImportLine;
import fr.tandem.people.model.PeopleImportReport;
import fr.tandem.people.model.PeopleLeaver;
import fr.tandem.platform.Language;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.imports.ImportOutcome;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.BackgroundWork;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.platform.ui.FieldErrors;
import fr.tandem.platform.ui.UiTexts;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * The people import page: upload, a preview (nothing written) with every line and the leavers, then
 * the import of the same file with the admin's choices (deactivate the leavers listed, invite the
 * accounts created), both running in the background while the page shows their progress; the
 * report downloads as CSV.
 */
@Named
@ViewScoped
public class PeopleImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PeopleImportView.class.getName());
    private static final long MAX_BYTES = PeopleImports.MAX_FILE_MEGABYTES * 1024L * 1024;
    private static final UiTexts TEXTS = new UiTexts("i18n.onboarding");

    @EJB
    transient PeopleImports imports;

    private transient Part file;
    private transient Future<PeopleImportReport> running;
    /** 0 to 100, set by the running import's thread, read by the page's polls. */
    private final AtomicInteger percent = new AtomicInteger();
    private byte[] content;
    private String fileName;
    private PeopleImportReport report;
    private ImportOutcome shown;
    private boolean deactivateLeavers;
    private boolean invite = true;
    private boolean applying;

    /** Reads the file and previews it. */
    public void preview() {
        report = null;
        content = null;
        if (file == null || file.getSize() == 0) {
            TEXTS.errorOn("people-file", "peopleImport.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            FieldErrors.of("api.file", "people-file")
                    .show(new RuleViolation("api.file.tooLarge", PeopleImports.MAX_FILE_MEGABYTES));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            fileName = file.getSubmittedFileName();
            content = in.readAllBytes();
            deactivateLeavers = false;
            shown = null;
            applying = false;
            running = imports.previewInBackground(content, progressListener());
        } catch (IOException unreadable) {
            TEXTS.error("peopleImport.unreadable");
        }
    }

    /** Imports the file previewed, deactivating the leavers the preview listed when the box is ticked. */
    public void apply() {
        if (content == null || report == null || report.applied()) {
            TEXTS.error("peopleImport.previewFirst");
            return;
        }
        Set<String> leavers = deactivateLeavers
                ? report.leavers().stream().map(PeopleLeaver::username).collect(Collectors.toSet()) : Set.of();
        applying = true;
        running = imports.applyInBackground(content, leavers, invite, progressListener());
    }

    private fr.tandem.platform.imports.ImportProgressListener progressListener() {
        percent.set(0);
        AtomicInteger counter = percent; // the listener holds the counter, not the view
        return (done, total) -> counter.set(total == 0 ? 0 : Math.min(100, done * 100 / total));
    }

    /** Polled by the page: collects the report once the preview or the import has finished. */
    public void check() {
        if (running == null || !running.isDone()) {
            return;
        }
        Future<PeopleImportReport> finished = running;
        running = null;
        BackgroundWork.result(finished, LOG, "People import", () -> TEXTS.error("peopleImport.failed")).ifPresent(done -> {
            report = done;
            if (done.applied()) {
                content = null;
                TEXTS.info("peopleImport.applied", done.created(), done.updated(), done.unchanged(),
                        done.skipped(), done.deactivated(), done.invited());
            }
        });
    }

    public boolean isRunning() {
        return running != null;
    }

    /** Whether what runs (or ran last) is the import itself rather than its preview. */
    public boolean isApplying() {
        return applying;
    }

    public int getProgress() {
        return percent.get();
    }

    public PeopleImportReport getReport() {
        return report;
    }

    /** The lines of the report, all or those of the outcome chosen. */
    public List<PeopleImportLine> getLines() {
        if (report == null) {
            return List.of();
        }
        return shown == null ? report.lines() : report.lines().stream().filter(l -> l.outcome() == shown).toList();
    }

    /** Why a line is skipped, or what it changes. */
    public String details(PeopleImportLine line) {
        return line.reasonKey() != null ? line.reasonIn(UiMessages.locale()) : String.join(", ", line.changedFields());
    }

    public String roles(PeopleLeaver leaver) {
        return leaver.roles().stream().map(r -> UiMessages.text("role." + r.name())).sorted()
                .collect(Collectors.joining(", "));
    }

    public ImportOutcome[] getOutcomes() {
        return ImportOutcome.values();
    }

    public StreamedContent getReportCsv() {
        return Downloads.of(imports.reportCsv(report, Language.of(UiMessages.locale())), "text/csv; charset=UTF-8",
                report.applied() ? "import-personnes-compte-rendu.csv" : "import-personnes-apercu.csv");
    }

    public String getFileName() {
        return fileName;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportOutcome getShown() {
        return shown;
    }

    public void setShown(ImportOutcome shown) {
        this.shown = shown;
    }

    public boolean isDeactivateLeavers() {
        return deactivateLeavers;
    }

    public void setDeactivateLeavers(boolean deactivateLeavers) {
        this.deactivateLeavers = deactivateLeavers;
    }

    public boolean isInvite() {
        return invite;
    }

    public void setInvite(boolean invite) {
        this.invite = invite;
    }
}

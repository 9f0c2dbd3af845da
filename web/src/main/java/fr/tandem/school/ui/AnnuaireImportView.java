package fr.tandem.school.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.BackgroundWork;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.AnnuaireImports;
import fr.tandem.school.model.ImportReport;
import fr.tandem.school.model.ImportReportLine;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Upload of an Annuaire de l'éducation file: the import runs in the background while the page
 * shows its progress, then the report line by line.
 */
@Named
@ViewScoped
public class AnnuaireImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AnnuaireImportView.class.getName());
    private static final long MAX_BYTES = AnnuaireImports.MAX_FILE_MEGABYTES * 1024L * 1024;

    @EJB
    transient AnnuaireImports imports;

    private transient Part file;
    private transient Future<ImportReport> running;
    /** 0 to 100, set by the running import's thread, read by the page's polls. */
    private final AtomicInteger percent = new AtomicInteger();
    private ImportReport report;
    private String fileName;

    public void start() {
        report = null;
        if (file == null || file.getSize() == 0) {
            UiMessages.errorText("import.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            UiMessages.error(new RuleViolation("api.file.tooLarge", AnnuaireImports.MAX_FILE_MEGABYTES));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            fileName = file.getSubmittedFileName();
            percent.set(0);
            AtomicInteger shown = percent; // the listener holds the counter, not the view
            running = imports.importInBackground(in.readAllBytes(),
                    (written, total) -> shown.set(total == 0 ? 0 : Math.min(100, written * 100 / total)));
        } catch (IOException unreadable) {
            UiMessages.errorText("import.unreadable");
        }
    }

    /** Polled by the page: collects the report once the import has finished. */
    public void check() {
        if (running == null || !running.isDone()) {
            return;
        }
        Future<ImportReport> finished = running;
        running = null;
        BackgroundWork.result(finished, LOG, "Annuaire import", () -> UiMessages.errorText("import.failed")).ifPresent(done -> {
            report = done;
            UiMessages.info("import.done", done.created(), done.updated(), done.unchanged(), done.skipped());
        });
    }

    public boolean isRunning() {
        return running != null;
    }

    /** How far the running import has gone, 0 to 100. */
    public int getProgress() {
        return percent.get();
    }

    public ImportReport getReport() {
        return report;
    }

    public List<ImportReportLine> getReportedLines() {
        return report == null ? List.of() : report.lines();
    }

    public String reason(ImportReportLine line) {
        return line.reasonIn(UiMessages.locale());
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
}

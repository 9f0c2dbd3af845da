package fr.tandem.licence.ui;

import fr.tandem.licence.boundary.GarImports;
import fr.tandem.licence.boundary.LicenceReports;
import fr.tandem.licence.model.GarImportReport;
import fr.tandem.licence.model.ReconciliationLine;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** GAR imports (subscriptions, assignment counts) and the reconciliation of bought, assigned and used seats. */
@Named
@ViewScoped
public class GarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = GarImports.MAX_FILE_MEGABYTES * 1024 * 1024;

    @EJB
    transient GarImports imports;

    @EJB
    transient LicenceReports reports;

    private transient Part subscriptionsFile;
    private transient Part usageFile;
    private GarImportReport report;
    private List<ReconciliationLine> reconciliation;

    @PostConstruct
    void load() {
        reconciliation = reports.reconciliation();
    }

    public void importSubscriptions() {
        byte[] content = read(subscriptionsFile);
        if (content != null) {
            report = UiMessages.attemptOrNull(() -> imports.importSubscriptions(content, UiMessages.locale()));
        }
        load();
    }

    public void importUsage() {
        byte[] content = read(usageFile);
        if (content != null) {
            report = UiMessages.attemptOrNull(() -> imports.importUsage(content, UiMessages.locale()));
        }
        load();
    }

    private static byte[] read(Part file) {
        if (file == null || file.getSize() == 0) {
            LicenceTexts.BUNDLE.error("gar.noFile");
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(MAX_BYTES);
        } catch (IOException unreadable) {
            UiMessages.errorText("import.unreadable");
            return null;
        }
    }

    public StreamedContent getReconciliationCsv() {
        return Downloads.of(reports.reconciliationCsv(), "text/csv; charset=UTF-8", "rapprochement-licences.csv");
    }

    public StreamedContent getReconciliationExcel() {
        return Downloads.of(reports.reconciliationExcel(), ExcelExport.MEDIA_TYPE, "rapprochement-licences.xlsx");
    }

    public Part getSubscriptionsFile() {
        return subscriptionsFile;
    }

    public void setSubscriptionsFile(Part subscriptionsFile) {
        this.subscriptionsFile = subscriptionsFile;
    }

    public Part getUsageFile() {
        return usageFile;
    }

    public void setUsageFile(Part usageFile) {
        this.usageFile = usageFile;
    }

    public GarImportReport getReport() {
        return report;
    }

    public List<ReconciliationLine> getReconciliation() {
        return reconciliation;
    }
}

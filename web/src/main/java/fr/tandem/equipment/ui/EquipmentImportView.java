package fr.tandem.equipment.ui;

import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.InventoryReport;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Upload of an inventory CSV (city staff), then its line-by-line report. */
@Named
@ViewScoped
public class EquipmentImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = EquipmentInventory.MAX_IMPORT_MEGABYTES * 1024L * 1024;

    @EJB
    transient EquipmentInventory inventory;

    private transient Part file;
    private InventoryReport report;
    private String fileName;

    public void start() throws IOException {
        if (file == null || file.getSize() == 0) {
            EquipmentTexts.BUNDLE.error("eq.import.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            UiMessages.error(new RuleViolation("api.file.tooLarge", EquipmentInventory.MAX_IMPORT_MEGABYTES));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            fileName = file.getSubmittedFileName();
            byte[] content = in.readAllBytes();
            report = UiMessages.attemptOrNull(() -> inventory.importCsv(content));
        }
    }

    public String reason(InventoryReport.Line line) {
        return line.reasonIn(UiMessages.locale());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public InventoryReport getReport() {
        return report;
    }

    public String getFileName() {
        return fileName;
    }
}

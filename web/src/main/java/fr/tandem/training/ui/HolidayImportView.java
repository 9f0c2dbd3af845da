package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.SchoolHolidays;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/** The school-holiday calendar upload of the planning page: sessions in the holidays are then flagged. */
@Named
@RequestScoped
public class HolidayImportView {

    private static final long MAX_BYTES = SchoolHolidays.MAX_FILE_MEGABYTES * 1024L * 1024;

    @EJB
    SchoolHolidays holidays;

    private Part file;
    private String zone = SchoolHolidays.DEFAULT_ZONE;

    /** Imports the ministry's school-holiday calendar for the zone, then shows the page again with its warnings. */
    public String importFile() {
        if (file == null || file.getSize() == 0) {
            UiMessages.errorText("import.noFile");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            UiMessages.error(new RuleViolation("api.file.tooLarge", SchoolHolidays.MAX_FILE_MEGABYTES));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readAllBytes();
            return UiMessages.attemptOrNull(() -> {
                UiMessages.info("planning.holidaysImported", holidays.importFile(content, zone).size());
                return "/training/planning?faces-redirect=true";
            });
        } catch (IOException unreadable) {
            UiMessages.errorText("import.unreadable");
        }
        return null;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }
}

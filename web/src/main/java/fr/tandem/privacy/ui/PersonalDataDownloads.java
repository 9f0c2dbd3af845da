package fr.tandem.privacy.ui;

import fr.tandem.privacy.boundary.PersonalData;
import fr.tandem.platform.ui.Downloads;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.StreamedContent;

/** "Mes données": the two downloads of the profile page, the same data as {@code GET /api/me/data} and its PDF. */
@Named
@RequestScoped
public class PersonalDataDownloads {

    /** Thread-safe, made once, kept for the life of the application as the REST API's own is. */
    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    PersonalData personalData;

    public StreamedContent getJson() {
        return Downloads.of(JSON.toJson(personalData.mine()).getBytes(StandardCharsets.UTF_8), "application/json",
                "mes-donnees-tandem.json");
    }

    public StreamedContent getPdf() {
        return Downloads.of(personalData.mineAsPdf(), "application/pdf", "mes-donnees-tandem.pdf");
    }
}

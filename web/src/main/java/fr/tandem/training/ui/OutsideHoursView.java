package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.Downloads;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.Certificate;
import fr.tandem.training.Modality;
import fr.tandem.training.OfferNature;
import fr.tandem.training.OutsideHoursDetails;
import fr.tandem.training.OutsideProvider;
import fr.tandem.training.boundary.OutsideHoursDeclarations;
import fr.tandem.training.model.OutsideHoursSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * A teacher's hours done outside Tandem: the form that declares them with a certificate, and the
 * declarations with where each stands (a waiting one may be withdrawn).
 */
@Named
@ViewScoped
public class OutsideHoursView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient OutsideHoursDeclarations declarations;

    private List<OutsideHoursSummary> mine;
    private String title;
    private OutsideProvider provider;
    private LocalDate doneOn;
    private OfferNature nature;
    private Modality modality = Modality.DISTANCE;
    private Integer hours;
    private Integer minutes;
    private transient Part file;

    @PostConstruct
    void load() {
        mine = declarations.mine();
    }

    public void declare() {
        byte[] content;
        String name;
        if (file == null || file.getSize() == 0) {
            UiMessages.error(new RuleViolation("outsideHours.certificate.missing"));
            return;
        }
        if (file.getSize() > Certificate.MAX_BYTES) {
            UiMessages.error(new RuleViolation("outsideHours.certificate.tooLarge", Certificate.MAX_BYTES / 1024 / 1024));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            content = in.readNBytes(Certificate.MAX_BYTES + 1);
            name = file.getSubmittedFileName();
        } catch (IOException unreadable) {
            UiMessages.error(new RuleViolation("outsideHours.certificate.missing"));
            return;
        }
        Integer total = hours == null && minutes == null ? null
                : (hours == null ? 0 : hours) * 60 + (minutes == null ? 0 : minutes);
        OutsideHoursSummary declared = UiMessages.attemptOrNull(() -> declarations.declare(new OutsideHoursDetails(
                title, provider, doneOn, nature, modality, total), name, content));
        if (declared != null) {
            UiMessages.info("outsideHours.declared");
            title = null;
            doneOn = null;
            hours = null;
            minutes = null;
            mine = declarations.mine();
        }
    }

    public void withdraw(long id) {
        if (UiMessages.attempt(() -> declarations.withdraw(id))) {
            UiMessages.info("outsideHours.withdrawn");
        }
        mine = declarations.mine();
    }

    public StreamedContent certificate(long id) {
        Certificate certificate = declarations.certificate(id);
        return Downloads.of(certificate.content(), certificate.contentType(), certificate.fileName());
    }

    public List<OutsideHoursSummary> getMine() {
        return mine;
    }

    public OutsideProvider[] getProviders() {
        return OutsideProvider.values();
    }

    public OfferNature[] getNatures() {
        return OfferNature.values();
    }

    public Modality[] getModalities() {
        return new Modality[] {Modality.PRESENTIEL, Modality.DISTANCE};
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public OutsideProvider getProvider() {
        return provider;
    }

    public void setProvider(OutsideProvider provider) {
        this.provider = provider;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    public OfferNature getNature() {
        return nature;
    }

    public void setNature(OfferNature nature) {
        this.nature = nature;
    }

    public Modality getModality() {
        return modality;
    }

    public void setModality(Modality modality) {
        this.modality = modality;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}

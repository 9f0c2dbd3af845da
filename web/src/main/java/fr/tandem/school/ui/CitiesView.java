package fr.tandem.school.ui;

import fr.tandem.platform.ui.FieldErrors;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.boundary.Cities;
import fr.tandem.school.model.CityForm;
import fr.tandem.school.model.CitySummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The administrator's page of cities: the list with their communes and schools, and a form that
 * creates a city or renames one and names its communes (INSEE codes separated by commas).
 */
@Named
@ViewScoped
public class CitiesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Cities cities;

    private List<CitySummary> all = List.of();
    private Long editedId;
    private Long version;
    private String name;
    private String communes;

    @PostConstruct
    void load() {
        all = cities.list();
    }

    /** Fills the form with a city to change. */
    public void edit(CitySummary city) {
        editedId = city.id();
        version = city.version();
        name = city.name();
        communes = String.join(", ", city.communes());
    }

    /** Empties the form for a new city. */
    public void startNew() {
        editedId = null;
        version = null;
        name = null;
        communes = null;
    }

    /** The fields of the form each refusal of the boundary concerns. */
    private static final FieldErrors FIELDS = FieldErrors.of("city.name", "city-name", "city.commune", "city-communes",
            "city.communes", "city-communes");

    public void save() {
        List<String> codes = communes == null ? List.of() : Arrays.stream(communes.split("[,;\\s]+")).toList();
        CityForm form = new CityForm(name, codes, version);
        CitySummary saved = UiMessages.attemptOrNull(() -> editedId == null ? cities.create(form)
                : cities.update(editedId, form), FIELDS);
        if (saved != null) {
            UiMessages.info(editedId == null ? "cities.created" : "cities.saved", saved.name(), saved.schools());
            startNew();
            load();
        }
    }

    public List<CitySummary> getAll() {
        return all;
    }

    public boolean isCreating() {
        return editedId == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCommunes() {
        return communes;
    }

    public void setCommunes(String communes) {
        this.communes = communes;
    }
}

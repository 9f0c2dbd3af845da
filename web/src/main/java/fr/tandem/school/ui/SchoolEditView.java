package fr.tandem.school.ui;

import fr.tandem.platform.ui.FieldErrors;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.school.PriorityEducation;
import fr.tandem.school.SchoolKind;
import fr.tandem.school.SchoolState;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.SchoolForm;
import fr.tandem.school.model.SchoolSummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Creating a school, or changing one (city staff and admins). */
@Named
@ViewScoped
public class SchoolEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Schools schools;

    private String uaiParameter;
    private boolean creating = true;
    private Long version;
    private String uai;
    private String name;
    private SchoolKind kind = SchoolKind.ELEMENTAIRE;
    private String street;
    private String postcode;
    private String communeCode;
    private String communeName;
    private PriorityEducation priority = PriorityEducation.NONE;
    private SchoolState state = SchoolState.OPEN;
    private String circonscriptionCode;
    private String email;
    private String phone;
    private List<CirconscriptionSummary> circonscriptions;

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        circonscriptions = schools.circonscriptions();
        if (uaiParameter == null || uaiParameter.isBlank()) {
            return;
        }
        UiMessages.attempt(() -> {
            SchoolSummary school = schools.find(uaiParameter);
            creating = false;
            version = school.version();
            uai = school.uai();
            name = school.name();
            kind = school.kind();
            street = school.street();
            postcode = school.postcode();
            communeCode = school.communeCode();
            communeName = school.communeName();
            priority = school.priority();
            state = school.state();
            circonscriptionCode = school.circonscriptionCode();
            email = school.email();
            phone = school.phone();
        });
    }

    /** The fields of the form each refusal of the boundary concerns. */
    private static final FieldErrors FIELDS = FieldErrors.of("uai", "uai", "school.exists", "uai", "school.name", "name",
            "school.kind", "kind", "school.postcode", "postcode", "school.communeCode", "communeCode",
            "school.commune.otherCity", "communeCode", "school.communeName", "communeName",
            "school.circonscription", "circonscription", "school.email", "email");

    public String save() {
        SchoolForm form = new SchoolForm(uai, name, kind, street, postcode, communeCode, communeName, priority, state,
                circonscriptionCode, email, phone, version);
        return UiMessages.attemptOrNull(() -> {
            SchoolSummary saved = creating ? schools.create(form) : schools.update(uai, form);
            UiMessages.info(creating ? "school.created" : "school.saved", saved.name());
            return "/schools/list.xhtml?faces-redirect=true";
        }, FIELDS);
    }

    public boolean isCreating() {
        return creating;
    }

    public List<CirconscriptionSummary> getCirconscriptions() {
        return circonscriptions;
    }

    public String getUaiParameter() {
        return uaiParameter;
    }

    public void setUaiParameter(String uaiParameter) {
        this.uaiParameter = uaiParameter;
    }

    public String getUai() {
        return uai;
    }

    public void setUai(String uai) {
        this.uai = uai;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public SchoolKind getKind() {
        return kind;
    }

    public void setKind(SchoolKind kind) {
        this.kind = kind;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public void setCommuneCode(String communeCode) {
        this.communeCode = communeCode;
    }

    public String getCommuneName() {
        return communeName;
    }

    public void setCommuneName(String communeName) {
        this.communeName = communeName;
    }

    public PriorityEducation getPriority() {
        return priority;
    }

    public void setPriority(PriorityEducation priority) {
        this.priority = priority;
    }

    public SchoolState getState() {
        return state;
    }

    public void setState(SchoolState state) {
        this.state = state;
    }

    public String getCirconscriptionCode() {
        return circonscriptionCode;
    }

    public void setCirconscriptionCode(String circonscriptionCode) {
        this.circonscriptionCode = circonscriptionCode;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}

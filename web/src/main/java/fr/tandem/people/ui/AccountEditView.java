package fr.tandem.people.ui;

import fr.tandem.people.Role;
import fr.tandem.people.boundary.Accounts;
import fr.tandem.people.boundary.Invitations;
import fr.tandem.people.model.AccountForm;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.model.InvitationSummary;
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.platform.ui.FieldErrors;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.platform.ui.UiTexts;
import fr.tandem.school.boundary.Cities;
import fr.tandem.school.boundary.Schools;
import fr.tandem.school.model.CirconscriptionSummary;
import fr.tandem.school.model.CitySummary;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Creating an account or changing one: identity, roles, school or circonscription, working time, password. */
@Named
@ViewScoped
public class AccountEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final UiTexts INVITATION_TEXTS = new UiTexts("i18n.onboarding");

    @EJB
    transient Accounts accounts;

    @EJB
    transient Schools schools;

    @EJB
    transient Invitations invitations;

    @EJB
    transient Cities cities;

    private String usernameParameter;
    private boolean creating = true;
    private Long version;
    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private List<Role> roles = new ArrayList<>();
    private String schoolUai;
    private String circonscriptionCode;
    private Long cityId;
    private Integer workingTimePercent = 100;
    private String password;
    private boolean active = true;
    private boolean invitable;
    private List<CirconscriptionSummary> circonscriptions;
    private List<CitySummary> cityChoices;
    private List<SchoolPeriodSummary> schoolHistory = List.of();

    /** Called by the view's metadata once the parameter is read. */
    public void load() {
        circonscriptions = schools.circonscriptions();
        cityChoices = cities.list();
        if (usernameParameter == null || usernameParameter.isBlank()) {
            return;
        }
        UiMessages.attempt(() -> {
            AccountSummary account = accounts.find(usernameParameter);
            creating = false;
            version = account.version();
            username = account.username();
            firstName = account.firstName();
            lastName = account.lastName();
            email = account.email();
            roles = new ArrayList<>(account.roles());
            schoolUai = account.schoolUai();
            circonscriptionCode = account.circonscriptionCode();
            cityId = account.cityId();
            workingTimePercent = account.workingTimePercent();
            active = account.active();
            schoolHistory = accounts.schoolHistory(usernameParameter);
            invitable = account.active() && !account.passwordSet();
        });
    }

    /** Sends the account, which has no password, an invitation to choose one (an older one stops working). */
    public void sendInvitation() {
        UiMessages.attempt(() -> {
            InvitationSummary sent = invitations.send(username);
            INVITATION_TEXTS.info("invitation.sent", sent.email());
        });
    }

    public boolean isInvitable() {
        return invitable;
    }

    /** The fields of the form each refusal of the boundary concerns. */
    private static final FieldErrors FIELDS = FieldErrors.of("account.username", "username", "account.exists", "username",
            "account.firstName", "firstName", "account.lastName", "lastName", "account.email", "email",
            "account.roles", "roles", "account.school", "school", "account.circonscription", "circonscription",
            "account.city", "city", "account.workingTime", "workingTime", "account.password", "password");

    public String save() {
        String uai = schoolUai == null || schoolUai.isBlank() ? null : schoolUai;
        AccountForm form = new AccountForm(username, firstName, lastName, email,
                roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), uai, circonscriptionCode,
                workingTimePercent, password, version, cityId);
        return UiMessages.attemptOrNull(() -> {
            AccountSummary saved = creating ? accounts.create(form) : accounts.update(username, form);
            UiMessages.info(creating ? "account.created" : "account.saved", saved.displayName());
            return "/admin/accounts.xhtml?faces-redirect=true";
        }, FIELDS);
    }

    public boolean isCreating() {
        return creating;
    }

    /** The schools the person worked in, oldest first (empty for a new account). */
    public List<SchoolPeriodSummary> getSchoolHistory() {
        return schoolHistory;
    }

    public boolean isActive() {
        return active;
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<CirconscriptionSummary> getCirconscriptions() {
        return circonscriptions;
    }

    public String getUsernameParameter() {
        return usernameParameter;
    }

    public void setUsernameParameter(String usernameParameter) {
        this.usernameParameter = usernameParameter;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
    }

    public String getSchoolUai() {
        return schoolUai;
    }

    public void setSchoolUai(String schoolUai) {
        this.schoolUai = schoolUai;
    }

    public String getCirconscriptionCode() {
        return circonscriptionCode;
    }

    public void setCirconscriptionCode(String circonscriptionCode) {
        this.circonscriptionCode = circonscriptionCode;
    }

    public Integer getWorkingTimePercent() {
        return workingTimePercent;
    }

    public void setWorkingTimePercent(Integer workingTimePercent) {
        this.workingTimePercent = workingTimePercent;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    /** The cities a city employee or councillor may work for. */
    public List<CitySummary> getCityChoices() {
        return cityChoices;
    }
}

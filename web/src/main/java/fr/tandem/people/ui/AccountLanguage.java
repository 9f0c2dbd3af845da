package fr.tandem.people.ui;

import fr.tandem.people.boundary.MyAccount;
import fr.tandem.platform.Language;
import fr.tandem.platform.ui.RememberedLanguage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import java.util.Optional;

/** The language of the pages kept on the account of the person logged in. */
@RequestScoped
public class AccountLanguage implements RememberedLanguage {

    @EJB
    MyAccount myAccount;

    @Override
    public Optional<Language> ofCaller() {
        return loggedIn() ? Optional.of(Language.of(myAccount.me().language())) : Optional.empty();
    }

    @Override
    public boolean remember(Language language) {
        if (loggedIn()) {
            myAccount.changeLanguage(language.code());
            return true;
        }
        return false;
    }

    private static boolean loggedIn() {
        return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal() != null;
    }
}

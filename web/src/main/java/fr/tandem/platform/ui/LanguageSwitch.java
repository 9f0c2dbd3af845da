package fr.tandem.platform.ui;

import fr.tandem.platform.Language;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of the pages for this visit: French unless the person switches to English. Once
 * logged in, the pages speak the language of the person's account, and a switch is remembered
 * on it (a switch made on the login page too), so that their mails and documents speak it as well.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RememberedLanguage remembered;

    /** The language chosen in this visit or read from the account; null until then. */
    private Language language;
    /** Whether this visit has read the account's language, or written its own to it. */
    private boolean accountInTune;

    public Locale getLocale() {
        return current().locale();
    }

    public String getLanguage() {
        return current().code();
    }

    /** Switches language, remembers it on the account of the person logged in, and stays on the same page. */
    public void switchTo(String code) {
        language = "en".equals(code) ? Language.ENGLISH : Language.FRENCH;
        accountInTune = remembered.remember(language);
        FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
    }

    private Language current() {
        if (!accountInTune) {
            Optional<Language> ofAccount = remembered.ofCaller();
            if (ofAccount.isPresent()) {
                accountInTune = true;
                if (language == null) {
                    language = ofAccount.get();
                } else if (language != ofAccount.get()) {
                    remembered.remember(language);
                }
            }
        }
        return language == null ? Language.FRENCH : language;
    }
}

package fr.tandem.platform.ui;

import fr.tandem.platform.Language;
import java.util.Optional;

/**
 * Where the language of the person logged in is kept from one visit to the next (their account):
 * implemented by the component that knows people, so that the shared language switch does not.
 */
public interface RememberedLanguage {

    /** The language remembered for the person logged in; empty when nobody is logged in. */
    Optional<Language> ofCaller();

    /** Remembers the language for the person logged in; answers false (and keeps nothing) when nobody is. */
    boolean remember(Language language);
}

package fr.tandem.platform.ui;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.FacesContextWrapper;
import jakarta.faces.context.Flash;
import jakarta.faces.context.FlashWrapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page in a language, standing in for the Faces context of a request: it keeps the messages put
 * on it with their target client id, and whether they are kept for the page after a redirect.
 */
final class PageOfMessages extends FacesContextWrapper implements AutoCloseable {

    /** A message and the client id it is put on ({@code null}: the whole page). */
    record Shown(String clientId, FacesMessage message) {
    }

    final List<Shown> shown = new ArrayList<>();
    boolean keepMessages;
    private final UIViewRoot root;
    private final Flash flash = new FlashWrapper(null) {
        @Override
        public void setKeepMessages(boolean keep) {
            keepMessages = keep;
        }
    };
    private final ExternalContext external = new ExternalContextWrapper(null) {
        private final Map<String, Object> applicationMap = new HashMap<>();

        @Override
        public Flash getFlash() {
            return flash;
        }

        @Override
        public Map<String, Object> getApplicationMap() {
            return applicationMap;
        }
    };

    PageOfMessages(Locale locale) {
        super(null);
        setCurrentInstance(this);
        root = new UIViewRoot() {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

    @Override
    public UIViewRoot getViewRoot() {
        return root;
    }

    @Override
    public ExternalContext getExternalContext() {
        return external;
    }

    @Override
    public void addMessage(String clientId, FacesMessage message) {
        shown.add(new Shown(clientId, message));
    }

    @Override
    public void close() {
        setCurrentInstance(null);
    }
}

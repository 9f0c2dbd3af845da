package fr.tandem.platform.ui;

import fr.tandem.platform.RuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.context.FacesContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Ties the rules a boundary refuses to the fields of a form, so that a refused field is highlighted
 * and its reason shown beside it, not only at the top of the page. Each entry pairs a rule key, or
 * the start of rule keys ({@code account.email} covers {@code account.email.shape} and
 * {@code account.email.required}), with the client id of the input it concerns:
 *
 * <pre>
 * FieldErrors fields = FieldErrors.of("account.username", "username", "account.exists", "username");
 * UiMessages.attemptOrNull(() -&gt; accounts.create(form), fields);
 * </pre>
 *
 * The input is marked invalid, so PrimeFaces draws it and its {@code p:outputLabel} in error
 * ({@code ui-state-error}) and renders {@code aria-invalid="true"}; the message goes to the input's
 * client id, so a {@code <p:message for="username" id="username-error"/>} shows it there (the input
 * points at it with {@code pt:aria-describedby="username-error"}), and to the page's messages.
 */
public final class FieldErrors {

    /** No field: every refusal goes to the top of the page. */
    public static final FieldErrors NONE = new FieldErrors(Map.of());

    private final Map<String, String> clientIdsByKey;

    private FieldErrors(Map<String, String> clientIdsByKey) {
        this.clientIdsByKey = clientIdsByKey;
    }

    /** Pairs of a rule key (or the start of rule keys) and an input's client id. */
    public static FieldErrors of(String... keysAndClientIds) {
        if (keysAndClientIds.length % 2 != 0) {
            throw new IllegalArgumentException("give rule keys and client ids in pairs");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < keysAndClientIds.length; i += 2) {
            pairs.put(keysAndClientIds[i], keysAndClientIds[i + 1]);
        }
        return new FieldErrors(pairs);
    }

    /** The client id of the field a rule key concerns: the exact key, else the longest start of it. */
    Optional<String> fieldOf(String key) {
        String best = null;
        for (String known : clientIdsByKey.keySet()) {
            boolean covers = key.equals(known) || key.startsWith(known + ".");
            if (covers && (best == null || known.length() > best.length())) {
                best = known;
            }
        }
        return Optional.ofNullable(best).map(clientIdsByKey::get);
    }

    /** Shows a refusal on its field when it concerns one of this form, on the page otherwise. */
    public void show(RuleViolation violation) {
        String text = violation.messageIn(UiMessages.locale());
        fieldOf(violation.key()).ifPresentOrElse(clientId -> on(clientId, text),
                () -> UiTexts.show(FacesMessage.SEVERITY_ERROR, text));
    }

    /**
     * Shows an error, already in the page's language, on one field (found by its client id): the
     * field is marked invalid and the text goes to its {@code p:message} and to the page's messages.
     * Without such a field on the page, the text goes to the page's messages only.
     */
    public static void on(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean found = context.getViewRoot().invokeOnComponent(context, clientId, (ignored, component) -> {
            if (component instanceof EditableValueHolder input) {
                input.setValid(false);
            }
        });
        if (!found) {
            UiTexts.show(FacesMessage.SEVERITY_ERROR, text);
            return;
        }
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }
}

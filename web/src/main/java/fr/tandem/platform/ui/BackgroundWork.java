package fr.tandem.platform.ui;

import fr.tandem.platform.RuleViolation;
import jakarta.ejb.EJBException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Collects the result of work a page started in the background (an import) once it is done: a
 * refusal by a business rule becomes its message on the page; anything else is logged and the
 * person sees the page's own general failure text, never the internals.
 */
public final class BackgroundWork {

    private BackgroundWork() {
    }

    /**
     * The result of finished work, or empty when it failed (the failure already shown).
     *
     * @param what        what the work is, for the log ("People import")
     * @param showFailure shows the page's general failure message
     */
    public static <T> Optional<T> result(Future<T> finished, Logger log, String what, Runnable showFailure) {
        try {
            return Optional.of(finished.get());
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause() instanceof EJBException ejb && ejb.getCause() != null
                    ? ejb.getCause() : failed.getCause();
            if (cause instanceof RuleViolation violation) {
                UiMessages.error(violation);
            } else {
                log.log(Level.SEVERE, what + " failed", failed);
                showFailure.run();
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    }
}

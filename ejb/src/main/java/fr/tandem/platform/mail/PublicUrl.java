package fr.tandem.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address people reach Tandem at ({@code tandem.publicUrl}, default {@code http://localhost:8080}),
 * from which mails write their links: a mail is sent by a timer, with no request to take it from.
 */
@ApplicationScoped
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "tandem.publicUrl", defaultValue = "http://localhost:8080")
    String base;

    /** The absolute address of a page, e.g. {@code of("invitation.xhtml?t=…")}. */
    public String of(String page) {
        return base.strip().replaceAll("/+$", "") + "/" + page.replaceAll("^/+", "");
    }
}

package fr.tandem.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where mail goes: {@code tandem.mail.enabled} (off by default: messages wait in the outbox),
 * {@code tandem.mail.host}, {@code tandem.mail.port}, {@code tandem.mail.from}, and optional
 * {@code tandem.mail.user} / {@code tandem.mail.password} / {@code tandem.mail.starttls}.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "tandem.mail.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "tandem.mail.host", defaultValue = "localhost")
    String host;

    @Inject
    @ConfigProperty(name = "tandem.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "tandem.mail.from", defaultValue = "tandem@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "tandem.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "tandem.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tandem.mail.starttls", defaultValue = "false")
    boolean starttls;

    public boolean enabled() {
        return enabled;
    }

    public String from() {
        return from;
    }

    /** The SMTP login, empty when the server takes mail without one. */
    private String user() {
        return user.orElse("").strip();
    }

    private String password() {
        return password.orElse("");
    }

    private volatile Session session;

    /**
     * The mail session of these settings, made once: making one looks Jakarta Mail's providers up
     * through the service loader, which costs more than writing the message.
     */
    public Session session() {
        Session made = session;
        if (made == null) {
            made = user().isEmpty() ? Session.getInstance(smtp()) : Session.getInstance(smtp(), new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user(), password());
                }
            });
            session = made;
        }
        return made;
    }

    /** Jakarta Mail properties for an SMTP session with short timeouts. */
    Properties smtp() {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.auth", String.valueOf(!user().isEmpty()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        return properties;
    }
}

package fr.tandem.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the application sends to during the mail tests (GreenMail on the port the build
 * gives the application), and the messages it received per test account ({@code username@mail.test}).
 */
final class Mailbox {

    private final GreenMailExtension smtp;

    Mailbox(GreenMailExtension smtp) {
        this.smtp = smtp;
    }

    /** A server kept for the whole test class. */
    static GreenMailExtension server() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("tandem.it.smtp.port"), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);
    }

    /** The messages to the account, waiting up to a minute for at least {@code expected} of them. */
    List<MimeMessage> to(String username, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> mine = List.of();
        while (Instant.now().isBefore(deadline)) {
            mine = now(username);
            if (mine.size() >= expected) {
                return mine;
            }
            Thread.sleep(500);
        }
        return mine;
    }

    /**
     * The messages to the account whose subject starts with the prefix, waiting (as {@link #to}) for at
     * least {@code expected} of them while other mails (a timer's alerts) may arrive in between.
     */
    List<MimeMessage> withSubject(String username, String prefix, int expected) throws Exception {
        int wanted = expected;
        while (true) {
            List<MimeMessage> all = to(username, wanted);
            List<MimeMessage> matching = new ArrayList<>();
            for (MimeMessage message : all) {
                if (String.valueOf(message.getSubject()).startsWith(prefix)) {
                    matching.add(message);
                }
            }
            if (matching.size() >= expected || all.size() < wanted) {
                return matching;
            }
            wanted = all.size() + 1;
        }
    }

    /** How many messages the account received so far. */
    long count(String username) {
        return now(username).size();
    }

    private List<MimeMessage> now(String username) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(username + "@mail.test"))
                .toList();
    }

    /** The decoded text of a mail (its first part when it has several). */
    static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof jakarta.mail.Multipart parts) {
            content = parts.getBodyPart(0).getContent();
        }
        return content.toString();
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

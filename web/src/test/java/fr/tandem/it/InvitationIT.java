package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations on Payara Micro with a real SMTP server: the mail of an import arrives with its link,
 * the link sets a password that then logs in, once; a newer invitation replaces the older one; an
 * expired link is refused (on a database the test can reach); the secret is stored nowhere.
 */
class InvitationIT extends ApiTestBase {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private static final Pattern LINK = Pattern.compile("https?://\\S+/invitation\\.xhtml\\?t=([A-Za-z0-9_-]{43})");
    private static final String CHOSEN = "Choisi-pour-Tandem-26";

    private final Mailbox mailbox = new Mailbox(SMTP);
    private final long run = System.nanoTime() % 1_000_000;

    /** Imports a new teacher without a password, invited or not, and answers the username. */
    private String imported(String prefix, boolean invite) {
        String username = prefix + run;
        Api.Reply reply = new Api(url).as("admin", PASSWORD).post("api/people/imports?apply=true&invite=" + invite,
                "text/csv", ("identifiant;courriel;nom;prenom;uai;fonction\n" + username + ";" + username
                        + "@mail.test;Invitée;Inès;0349101H;ENS\n").getBytes(StandardCharsets.UTF_8));
        assertThat(reply.body(), reply.status(), is(200));
        assertThat(reply.json().getInt("created"), is(1));
        assertThat(reply.json().getInt("invited"), is(invite ? 1 : 0));
        return username;
    }

    private static String secretOf(MimeMessage mail) throws Exception {
        Matcher link = LINK.matcher(Mailbox.text(mail));
        assertThat(Mailbox.text(mail), link.find(), is(true));
        return link.group(1);
    }

    private HttpResponse<String> page(String secret) {
        HttpResponse<String> page = new PageBrowser(url).get("invitation.xhtml?t=" + secret);
        assertThat(page.statusCode(), is(200));
        return page;
    }

    @Test
    void theMailedLinkSetsAPasswordThatLogsInOnce() throws Exception {
        String username = imported("inv.", true);
        List<MimeMessage> mails = mailbox.to(username, 1);
        assertThat(mails.size(), is(1));
        assertThat(mails.get(0).getSubject(), is("Votre compte Tandem : choisissez votre mot de passe"));
        assertThat(Mailbox.text(mails.get(0)), containsString("votre identifiant est " + username));
        String secret = secretOf(mails.get(0));
        assertThat(new Api(url).as(username, CHOSEN).get("api/me").status(), is(401));

        assertThat(page(secret).body(), containsString(username));
        PageBrowser browser = new PageBrowser(url);
        HttpResponse<String> mismatch = browser.ajax("invitation.xhtml?t=" + secret, "invitation-form", "invitation-accept",
                "invitation-password", CHOSEN, "invitation-confirmation", CHOSEN + "x");
        assertThat(mismatch.body(), containsString("ne sont pas identiques"));
        HttpResponse<String> weak = browser.ajax("invitation.xhtml?t=" + secret, "invitation-form", "invitation-accept",
                "invitation-password", "court", "invitation-confirmation", "court");
        assertThat(weak.body(), containsString("12"));
        assertThat(browser.ajax("invitation.xhtml?t=" + secret, "invitation-form", "invitation-accept",
                "invitation-password", CHOSEN, "invitation-confirmation", CHOSEN).statusCode(), is(200));

        JsonObject me = new Api(url).as(username, CHOSEN).get("api/me").json();
        assertThat(me.getString("username"), is(username));
        assertThat(page(secret).body(), containsString("déjà servi"));
        assertThat(page(secret).body(), not(containsString("invitation-password")));
        Api.Reply again = new Api(url).as("admin", PASSWORD).post("api/accounts/" + username + "/invitation",
                "application/json", new byte[0]);
        assertThat(again.status(), is(400));
        assertThat(again.json().getString("code"), is("invitation.hasPassword"));

        Optional<Connection> database = StoredData.connection();
        if (database.isPresent()) {
            try (Connection connection = database.get()) {
                assertNotStored(connection, "invitation", secret);
                assertNotStored(connection, "outbox_message", secret);
                try (PreparedStatement read = connection.prepareStatement("select count(*) from invitation i join account a"
                        + " on a.id = i.account_id where a.username = ? and i.secret_digest = ?")) {
                    read.setString(1, username);
                    read.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(secret.getBytes(StandardCharsets.UTF_8))));
                    try (ResultSet count = read.executeQuery()) {
                        count.next();
                        assertThat(count.getInt(1), is(1));
                    }
                }
            }
        }
    }

    private static void assertNotStored(Connection connection, String table, String secret) throws Exception {
        try (PreparedStatement read = connection.prepareStatement("select * from " + table);
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    String stored = rows.getString(column);
                    assertThat(table + "." + rows.getMetaData().getColumnName(column),
                            stored == null || !stored.contains(secret), is(true));
                }
            }
        }
    }

    @Test
    void aNewerInvitationReplacesTheOlderOneAndAnUnknownLinkIsRefused() throws Exception {
        String username = imported("inv.renvoi.", false);
        Api admin = new Api(url).as("admin", PASSWORD);
        Api.Reply sent = admin.post("api/accounts/" + username + "/invitation", "application/json", new byte[0]);
        assertThat(sent.body(), sent.status(), is(200));
        assertThat(sent.json().getString("email"), is(username + "@mail.test"));
        String first = secretOf(mailbox.to(username, 1).get(0));
        assertThat(admin.post("api/accounts/" + username + "/invitation", "application/json", new byte[0]).status(), is(200));
        List<MimeMessage> mails = mailbox.to(username, 2);
        assertThat(mails.size(), is(2));
        String second = secretOf(mails.get(1));
        assertThat(second, not(first));

        assertThat(page(first).body(), containsString("a été remplacé"));
        assertThat(page(second).body(), containsString(username));
        assertThat(page("inconnu").body(), containsString("pas valide"));
        assertThat(admin.post("api/accounts/enseignant/invitation", "application/json", new byte[0]).json()
                .getString("code"), is("invitation.hasPassword"));
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        Optional<Connection> database = StoredData.connection();
        Assumptions.assumeTrue(database.isPresent(), "needs a database outside Payara Micro (PostgreSQL)");
        String username = imported("inv.expire.", true);
        String secret = secretOf(mailbox.to(username, 1).get(0));
        try (Connection connection = database.get();
             PreparedStatement expire = connection.prepareStatement("update invitation set expires_at = ? where "
                     + "account_id = (select id from account where username = ?)")) {
            expire.setTimestamp(1, Timestamp.from(Instant.now().minusSeconds(1)));
            expire.setString(2, username);
            assertThat(expire.executeUpdate(), is(1));
        }
        String expired = page(secret).body();
        assertThat(expired, containsString("a expiré"));
        assertThat("no form to fill in", expired, not(containsString("invitation-password")));
    }
}

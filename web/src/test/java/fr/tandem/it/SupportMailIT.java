package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request mails through the outbox to a real SMTP server started by the test: the teacher hears
 * of the request's recording and of each of the city's steps, the inspector of the circonscription
 * of a training need passed on — each once, each in its recipient's language.
 */
class SupportMailIT extends ApiTestBase {

    private static final String SCHOOL = "0349104L";
    private static final String CIRCONSCRIPTION = "0341101M";
    private static final String SECRET = "Motdepasse-2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.server();

    private final Mailbox mailbox = new Mailbox(SMTP);

    private String account(String role, String suffix) {
        String username = "sup." + suffix + "." + System.nanoTime() % 1_000_000;
        String place = role.equals("INSPECTOR") ? "\"circonscriptionCode\":\"" + CIRCONSCRIPTION + "\""
                : "\"schoolUai\":\"" + SCHOOL + "\",\"workingTimePercent\":100";
        Api.Reply created = api.as("admin", PASSWORD).postJson("api/accounts", """
                {"username":"%s","firstName":"Test","lastName":"Demande","email":"%s@mail.test","roles":["%s"],
                 %s,"password":"%s"}""".formatted(username, username, role, place, SECRET));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    @Test
    void theTeacherHearsOfEachStepAndTheInspectorOfATrainingNeed() throws Exception {
        String teacher = account("TEACHER", "prof");
        String inspector = account("INSPECTOR", "ien");
        Api asTeacher = new Api(url).as(teacher, SECRET);
        long id = asTeacher.postJson("api/support/requests", """
                {"category":"TRAINING_NEED","subject":"Former l'équipe à la webradio","description":"Nous débutons."}""")
                .json().getJsonNumber("id").longValue();
        api.as("dsi", PASSWORD);
        assertThat(api.post("api/support/requests/" + id + "/start", "application/json", new byte[0]).status(), is(200));
        assertThat(api.post("api/support/requests/" + id + "/referral", "application/json", new byte[0]).status(), is(200));
        assertThat(api.postJson("api/support/requests/" + id + "/resolution", "{\"text\":\"Transmis à l'inspection.\"}")
                .status(), is(200));

        List<MimeMessage> toTeacher = mailbox.to(teacher, 4);
        assertThat(toTeacher.size(), is(4));
        assertThat(toTeacher.get(0).getSubject(), is("Demande enregistrée : Former l'équipe à la webradio"));
        assertThat(toTeacher.get(1).getSubject(), is("[Demande " + id + "] Former l'équipe à la webradio"));
        assertThat(Mailbox.text(toTeacher.get(1)), containsString("en cours"));
        assertThat(Mailbox.text(toTeacher.get(3)), containsString("Transmis à l'inspection."));

        List<MimeMessage> toInspector = mailbox.to(inspector, 1);
        assertThat(toInspector.size(), is(1));
        assertThat(toInspector.get(0).getSubject(), startsWith("Besoin de formation : Former l'équipe"));

        // the outbox sends in the order mails were queued: once a later one arrives, a fifth mail to the
        // teacher (one step told twice) would have arrived before it
        String later = account("TEACHER", "later");
        assertThat(new Api(url).as(later, SECRET).postJson("api/support/requests", """
                {"category":"OTHER","subject":"Écran éteint","description":"Il ne s'allume plus."}""").status(),
                is(201));
        assertThat(mailbox.to(later, 1).size(), is(1));
        assertThat(mailbox.count(teacher), is(4L));
    }

    @Test
    void anEnglishSpeakingTeacherReadsEnglishWhileTheFrenchInspectorReadsFrench() throws Exception {
        String teacher = account("TEACHER", "en");
        String inspector = account("INSPECTOR", "fr");
        Api asTeacher = new Api(url).as(teacher, SECRET);
        assertThat(asTeacher.putJson("api/me/language", "{\"language\":\"en\"}").status(), is(200));
        long id = asTeacher.postJson("api/support/requests", """
                {"category":"TRAINING_NEED","subject":"Webradio for the team","description":"We start."}""")
                .json().getJsonNumber("id").longValue();
        api.as("dsi", PASSWORD);
        assertThat(api.post("api/support/requests/" + id + "/start", "application/json", new byte[0]).status(), is(200));
        assertThat(api.post("api/support/requests/" + id + "/referral", "application/json", new byte[0]).status(), is(200));

        // the recording, the start and the referral: one mail each
        List<MimeMessage> toTeacher = mailbox.to(teacher, 3);
        assertThat(toTeacher.size(), is(3));
        assertThat(toTeacher.get(0).getSubject(), is("Request recorded: Webradio for the team"));
        assertThat(Mailbox.text(toTeacher.get(0)), containsString("New request from Test Demande."));
        assertThat(toTeacher.get(1).getSubject(), is("[Request " + id + "] Webradio for the team"));
        assertThat(Mailbox.text(toTeacher.get(1)), containsString("Status: in progress."));
        assertThat(Mailbox.text(toTeacher.get(1)), containsString("Find the request in Tandem"));
        assertThat(Mailbox.text(toTeacher.get(2)), containsString("Training need passed on to the district inspectorate"));

        List<MimeMessage> toInspector = mailbox.to(inspector, 1);
        assertThat(toInspector.get(0).getSubject(), is("Besoin de formation : Webradio for the team"));
        assertThat(Mailbox.text(toInspector.get(0)), containsString("Un besoin de formation a été exprimé par Test Demande"));
    }

    @Test
    void anInternalNoteIsMailedToNobodyWhileAReplyReachesTheTeacher() throws Exception {
        String teacher = account("TEACHER", "note");
        long id = new Api(url).as(teacher, SECRET).postJson("api/support/requests", """
                {"category":"SOFTWARE","subject":"Logiciel bloqué","description":"Il ne démarre plus."}""")
                .json().getJsonNumber("id").longValue();
        api.as("dsi", PASSWORD);
        assertThat(api.postJson("api/support/requests/" + id + "/notes",
                "{\"text\":\"Note-secrète : poste à remplacer l'an prochain.\"}").status(), is(200));
        assertThat(api.postJson("api/support/requests/" + id + "/comments",
                "{\"text\":\"Nous passons jeudi.\"}").status(), is(200));

        // the recording and the reply; the note, queued between them, would have arrived before the reply
        List<MimeMessage> toTeacher = mailbox.to(teacher, 2);
        assertThat(toTeacher.size(), is(2));
        assertThat(Mailbox.text(toTeacher.get(1)), containsString("Nous passons jeudi."));
        for (MimeMessage mail : toTeacher) {
            assertThat(Mailbox.text(mail), not(containsString("Note-secrète")));
        }
        assertThat(mailbox.count(teacher), is(2L));
    }
}

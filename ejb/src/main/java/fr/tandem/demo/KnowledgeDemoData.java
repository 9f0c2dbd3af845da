package fr.tandem.demo;

import fr.tandem.people.Account;
import fr.tandem.school.City;
import fr.tandem.support.AnswerDeflection;
import fr.tandem.support.KnowledgeAnswer;
import fr.tandem.support.RequestCategory;
import fr.tandem.support.RequestSatisfaction;
import fr.tandem.support.SupportRequest;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Loads, once, the demo's knowledge base: answers of Béziers' IT department to the problems
 * teachers meet most (an interactive screen that does not turn on, a tablet off the network, the
 * ENT password, a webradio kit without sound…), one of them a draft, one answer of
 * Villeneuve-lès-Béziers; requests of Béziers' teachers resolved over the last months and rated
 * (mostly satisfied), and a few requests the answers spared, so that the dashboard's satisfaction
 * section has something to show. Runs after the demo requests; the row {@code demo.knowledge.loaded}
 * is locked while seeding.
 */
@Singleton
@Startup
@DependsOn("SupportDemoData")
public class KnowledgeDemoData extends DemoPart {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public KnowledgeDemoData() {
        super("demo.knowledge.loaded");
    }

    @Override
    String load(Instant now) {
        Account dsi = account("dsi");
        City beziers = dsi.city();
        KnowledgeAnswer screen = answer(beziers, dsi, now, RequestCategory.HARDWARE, "L'ENI ne s'allume pas",
                """
                Vérifiez d'abord que la multiprise sous l'écran est allumée (interrupteur rouge) et que le câble \
                d'alimentation est bien enfoncé derrière l'écran.
                Si le voyant en bas à droite est orange, appuyez 5 secondes sur le bouton marche : l'écran était en veille.
                Si le voyant reste éteint, faites une demande en indiquant le numéro de série (étiquette au dos).
                Guide du constructeur : https://www.speechi.com/support""",
                "The interactive screen does not turn on",
                """
                First check that the power strip under the screen is on (red switch) and that the power cable is \
                pushed in behind the screen.
                If the light at the bottom right is orange, press the power button for 5 seconds: the screen was asleep.
                If the light stays off, make a request with the serial number (label on the back).""",
                "écran, ENI, tableau, allumer, noir, voyant", true);
        KnowledgeAnswer tablet = answer(beziers, dsi, now, RequestCategory.HARDWARE, "Tablette hors réseau (pas de Wi-Fi)",
                """
                Ouvrez Réglages > Wi-Fi et choisissez le réseau « ECOLES-BEZIERS ».
                S'il n'apparaît pas, redémarrez la tablette (bouton marche 10 secondes).
                Si la tablette demande un mot de passe Wi-Fi, ne le saisissez pas : elle a perdu sa configuration, \
                rapportez-la dans le chariot et faites une demande, nous la réinstallons à distance.""",
                null, null, "tablette, wifi, réseau, internet, classe mobile, connexion", true);
        KnowledgeAnswer ent = answer(beziers, dsi, now, RequestCategory.LICENCE_ACCESS, "Mot de passe ENT oublié",
                """
                Le mot de passe de l'ENT se change sur la page de connexion : « Mot de passe oublié ? ».
                Un courriel arrive sur votre adresse académique dans les minutes qui suivent (regardez les indésirables).
                Pour les comptes des élèves, le directeur ou la directrice peut les réinitialiser dans l'ENT, \
                menu Administration.""",
                "Forgotten ENT password",
                """
                The ENT password is changed on the login page: "Forgotten password?".
                A mail reaches your academic address within minutes (look in the spam folder).
                Pupils' accounts can be reset by the head teacher in the ENT, Administration menu.""",
                "ENT, mot de passe, compte, connexion, identifiant", true);
        answer(beziers, dsi, now, RequestCategory.HARDWARE, "Pas de son sur le kit webradio",
                """
                Vérifiez que la table de mixage est allumée et que la tranche du micro est montée.
                Sur l'ordinateur, choisissez la sortie audio « USB Audio CODEC » dans les réglages du son.""",
                null, null, "webradio, son, micro, table de mixage, audio", true);
        answer(beziers, dsi, now, RequestCategory.SOFTWARE, "Mettre à jour le logiciel de l'ENI (brouillon)",
                "Procédure à relire avant publication.", null, null, "ENI, logiciel, mise à jour", false);
        Account dsiVilleneuve = account("dsi.villeneuve");
        answer(dsiVilleneuve.city(), dsiVilleneuve, now, RequestCategory.HARDWARE, "Le stylet de l'écran ne répond plus",
                "Changez la pile du stylet (pile AAAA, dans le tiroir du bureau) puis recalibrez l'écran.", null, null,
                "stylet, écran, ENI", true);

        String[] teachers = {"enseignant", "enseignant03", "enseignant04", "enseignant05", "enseignant06", "enseignant07"};
        RequestCategory[] categories = {RequestCategory.HARDWARE, RequestCategory.SOFTWARE,
                RequestCategory.LICENCE_ACCESS, RequestCategory.HARDWARE, RequestCategory.OTHER, RequestCategory.SOFTWARE};
        int rated = 0;
        for (int month = 0; month < 5; month++) {
            for (int i = 0; i < 3; i++) {
                int n = month * 3 + i;
                Account teacher = account(teachers[n % teachers.length]);
                Instant resolved = ZonedDateTime.ofInstant(now, PARIS).minusMonths(month).minusDays(n % 5 + 1)
                        .withHour(16).toInstant();
                Instant created = resolved.minus(Duration.ofDays(2));
                SupportRequest request = new SupportRequest(teacher, teacher.school(), null, null,
                        categories[n % categories.length], "Demande résolue n° " + (n + 1) + " (démo)",
                        "Un problème de la classe, résolu par la DSI.", true, created);
                em.persist(request);
                request.start(dsi, created.plus(Duration.ofHours(2)));
                request.resolve(dsi, "Résolu par la DSI (démo).", resolved);
                if (n % 5 != 4) {
                    em.persist(new RequestSatisfaction(request, teacher, n % 4 != 3,
                            n % 4 == 3 ? "Il a fallu attendre longtemps." : "Merci, c'est réglé.", true,
                            resolved.plus(Duration.ofHours(3))));
                    rated++;
                }
            }
        }
        KnowledgeAnswer[] spared = {screen, screen, tablet, ent, screen};
        for (int i = 0; i < spared.length; i++) {
            Account teacher = account(teachers[i]);
            em.persist(new AnswerDeflection(spared[i], teacher, teacher.school(), now.minus(Duration.ofDays(3L * i + 1))));
        }
        em.flush();
        return "Demo knowledge base loaded: 6 answers, 15 resolved requests (" + rated + " rated), "
                + spared.length + " requests spared";
    }

    private KnowledgeAnswer answer(City city, Account by, Instant now, RequestCategory category, String titleFr,
                                   String answerFr, String titleEn, String answerEn, String keywords, boolean published) {
        KnowledgeAnswer answer = new KnowledgeAnswer(city, new KnowledgeAnswer.Content(category, titleFr, answerFr,
                titleEn, answerEn, keywords, published), by.displayName(), now);
        em.persist(answer);
        return answer;
    }

    private Account account(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", username).getSingleResult();
    }
}

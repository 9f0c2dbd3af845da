package fr.tandem.demo;

import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.GrantSource;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.LicenceUsage;
import fr.tandem.licence.Product;
import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.ProductKind;
import fr.tandem.licence.RenewalMode;
import fr.tandem.licence.Supplier;
import fr.tandem.people.Account;
import fr.tandem.platform.time.Clocks;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Loads demo licences once, after the demo city: an interactive-screen (ENI) software licence of
 * 30 seats ending within a month, a webradio site licence of the directrice's school ending within
 * three months, and a GAR resource almost out of free seats with usage counts. Only when
 * {@code tandem.demo.enabled} is true; the settings row {@code licence.demo.loaded} is locked
 * while seeding.
 */
@Singleton
@Startup
@DependsOn("CityDemoData")
public class LicenceDemoData extends DemoPart {

    public LicenceDemoData() {
        super("licence.demo.loaded");
    }

    @Override
    String load(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, Clocks.PARIS);
        Supplier reseller = new Supplier("Centrale d'achat numérique (démo)", "commandes@centrale.demo.tandem.test");
        Supplier publisher = new Supplier("Éditions Radio-École (démo)", "contact@radio-ecole.demo.tandem.test");
        em.persist(reseller);
        em.persist(publisher);
        Product eni = new Product(new ProductDetails("Tableau interactif Pro (démo)", ProductKind.SOFTWARE,
                "Éditeur ENI (démo)", null, null,
                "Installé sur l'ENI de la classe. Clé d'activation : demandez-la au service informatique (DSI)."),
                reseller);
        Product webradio = new Product(new ProductDetails("Studio Webradio (démo)", ProductKind.SOFTWARE,
                "Éditions Radio-École (démo)", null, null,
                "Ouvrez le logiciel sur le portable de la mallette webradio ; identifiant de l'école sur l'étiquette."),
                publisher);
        Product gar = new Product(new ProductDetails("Brief.me", ProductKind.RESOURCE, "Brief.me",
                "ark:/47198/briefme", null, "Par l'ENT de l'école, rubrique Ressources (GAR), avec son compte ÉduConnect."),
                reseller);
        em.persist(eni);
        em.persist(webradio);
        em.persist(gar);

        Licence eniLicence = new Licence(eni, new LicenceTerms(null, LicenceKind.PER_SEAT, 30, null,
                today.minusMonths(11), today.plusDays(25), new BigDecimal("4500.00"), "EUR", GrantSource.TNE, 60,
                "BC-2025-0412", "MAPA-2025-07", true, RenewalMode.MANUAL, 12, 3,
                "Commande groupée avec les ENI du plan TNE (démo)."), null);
        em.persist(eniLicence);
        for (int i = 1; i <= 10; i++) {
            eniLicence.assign(school(101 + i), AssignmentTarget.SCHOOL, null, null, 2, today, now);
        }

        School directrice = school(104);
        Licence webradioLicence = new Licence(webradio, new LicenceTerms(null, LicenceKind.SITE, null, null,
                today.minusMonths(9), today.plusDays(80), new BigDecimal("350.00"), "EUR", GrantSource.NONE, 0,
                "BC-2025-0520", null, true, RenewalMode.AUTOMATIC, 12, null, null), directrice);
        em.persist(webradioLicence);
        webradioLicence.assign(directrice, AssignmentTarget.CLASS, "CM2 A", null, 1, today, now);
        Account teacher = em.createQuery("select a from Account a where a.username = 'enseignant'", Account.class)
                .getSingleResult();
        webradioLicence.assign(directrice, AssignmentTarget.TEACHER, null, teacher, 1, today, now);

        LocalDate schoolYearEnd = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear(), 8, 15);
        Licence garLicence = new Licence(gar, new LicenceTerms(null, LicenceKind.PER_SEAT, 25, null,
                schoolYearEnd.minusYears(1).plusDays(17), schoolYearEnd, new BigDecimal("500.00"), "EUR",
                GrantSource.TNE, 100, null, null, false, RenewalMode.MANUAL, 12, 5, null), directrice);
        garLicence.fromGarSubscription("briefme_" + directrice.uai().value() + "_demo");
        em.persist(garLicence);
        garLicence.assign(directrice, AssignmentTarget.SCHOOL, null, null, 22, today, now);
        LicenceUsage usage = new LicenceUsage(garLicence, directrice);
        usage.record(16, 2, 0, now);
        em.persist(usage);
        return "Demo licences loaded: ENI software, webradio site licence, GAR resource";
    }

    private School school(int number) {
        String digits = String.format("0349%03d", number);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", Uai.of(digits + Uai.expectedLetter(digits)).value()).getSingleResult();
    }
}

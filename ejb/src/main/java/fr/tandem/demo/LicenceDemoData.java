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
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Loads demo licences once, after the demo cities. Béziers' suppliers, products and licences: an
 * interactive-screen (ENI) software licence of 30 seats ending within a month, a webradio site
 * licence of the directrice's school ending within three months, and a GAR resource almost out of
 * free seats with usage counts. Villeneuve-lès-Béziers' own: a supplier, a reading software and
 * its per-seat licence with seats assigned to its primary school. Only when
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
        City beziers = city(DemoData.BEZIERS);
        Supplier reseller = new Supplier(beziers, "Centrale d'achat numérique (démo)", "commandes@centrale.demo.tandem.test");
        Supplier publisher = new Supplier(beziers, "Éditions Radio-École (démo)", "contact@radio-ecole.demo.tandem.test");
        em.persist(reseller);
        em.persist(publisher);
        Product eni = new Product(beziers, new ProductDetails("Tableau interactif Pro (démo)", ProductKind.SOFTWARE,
                "Éditeur ENI (démo)", null, null,
                "Installé sur l'ENI de la classe. Clé d'activation : demandez-la au service informatique (DSI).", null),
                reseller);
        Product webradio = new Product(beziers, new ProductDetails("Studio Webradio (démo)", ProductKind.SOFTWARE,
                "Éditions Radio-École (démo)", null, null,
                "Ouvrez le logiciel sur le portable de la mallette webradio ; identifiant de l'école sur l'étiquette.",
                null),
                publisher);
        Product gar = new Product(beziers, new ProductDetails("Brief.me", ProductKind.RESOURCE, "Brief.me",
                "ark:/47198/briefme", null, "Par l'ENT de l'école, rubrique Ressources (GAR), avec son compte ÉduConnect.",
                null),
                reseller);
        em.persist(eni);
        em.persist(webradio);
        em.persist(gar);

        Licence eniLicence = new Licence(beziers, eni, new LicenceTerms(null, LicenceKind.PER_SEAT, 30, null,
                today.minusMonths(11), today.plusDays(25), new BigDecimal("4500.00"), "EUR", GrantSource.TNE, 60,
                "BC-2025-0412", "MAPA-2025-07", true, RenewalMode.MANUAL, 12, 3,
                "Commande groupée avec les ENI du plan TNE (démo).", null), null);
        em.persist(eniLicence);
        for (int i = 1; i <= 10; i++) {
            eniLicence.assign(school(101 + i), AssignmentTarget.SCHOOL, null, null, 2, today, now);
        }

        School directrice = school(104);
        Licence webradioLicence = new Licence(beziers, webradio, new LicenceTerms(null, LicenceKind.SITE, null, null,
                today.minusMonths(9), today.plusDays(80), new BigDecimal("350.00"), "EUR", GrantSource.NONE, 0,
                "BC-2025-0520", null, true, RenewalMode.AUTOMATIC, 12, null, null, null), directrice);
        em.persist(webradioLicence);
        webradioLicence.assign(directrice, AssignmentTarget.CLASS, "CM2 A", null, 1, today, now);
        Account teacher = em.createQuery("select a from Account a where a.username = 'enseignant'", Account.class)
                .getSingleResult();
        webradioLicence.assign(directrice, AssignmentTarget.TEACHER, null, teacher, 1, today, now);

        LocalDate schoolYearEnd = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear(), 8, 15);
        Licence garLicence = new Licence(beziers, gar, new LicenceTerms(null, LicenceKind.PER_SEAT, 25, null,
                schoolYearEnd.minusYears(1).plusDays(17), schoolYearEnd, new BigDecimal("500.00"), "EUR",
                GrantSource.TNE, 100, null, null, false, RenewalMode.MANUAL, 12, 5, null, null), directrice);
        garLicence.fromGarSubscription("briefme_" + directrice.uai().value() + "_demo");
        em.persist(garLicence);
        garLicence.assign(directrice, AssignmentTarget.SCHOOL, null, null, 22, today, now);
        LicenceUsage usage = new LicenceUsage(garLicence, directrice);
        usage.record(16, 2, 0, now);
        em.persist(usage);
        loadVilleneuve(today, now);
        return "Demo licences loaded: ENI software, webradio site licence, GAR resource (Béziers); "
                + "reading software (Villeneuve-lès-Béziers)";
    }

    private void loadVilleneuve(LocalDate today, Instant now) {
        City villeneuve = city(CityDemoData.VILLENEUVE);
        Supplier bookshop = new Supplier(villeneuve, "Librairie numérique du Biterrois (démo)",
                "ventes@librairie-biterrois.demo.tandem.test");
        em.persist(bookshop);
        Product reading = new Product(villeneuve, new ProductDetails("Lecture Plus (démo)", ProductKind.SOFTWARE,
                "Éditions Lire-Écrire (démo)", null, null,
                "Ouvrez Lecture Plus depuis le bureau des tablettes ; code de classe affiché au tableau.", null),
                bookshop);
        em.persist(reading);
        Licence readingLicence = new Licence(villeneuve, reading, new LicenceTerms(null, LicenceKind.PER_SEAT, 12, null,
                today.minusMonths(4), today.plusMonths(8), new BigDecimal("840.00"), "EUR", GrantSource.NONE, 0,
                "VLB-2026-031", null, true, RenewalMode.MANUAL, 12, 2, null, null), null);
        em.persist(readingLicence);
        readingLicence.assign(school(131), AssignmentTarget.SCHOOL, null, null, 8, today, now);
    }

    private City city(String communeCode) {
        return em.createQuery("select c from City c join c.communes commune where commune = :code", City.class)
                .setParameter("code", communeCode).getSingleResult();
    }

    private School school(int number) {
        String digits = String.format("0349%03d", number);
        return em.createQuery("select s from School s where s.uai.value = :uai", School.class)
                .setParameter("uai", Uai.of(digits + Uai.expectedLetter(digits)).value()).getSingleResult();
    }
}

package fr.tandem.licence.boundary;

import fr.tandem.licence.GrantSource;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceKind;
import fr.tandem.licence.LicenceStatus;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.LicenceUsage;
import fr.tandem.licence.Product;
import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.ProductKind;
import fr.tandem.licence.RenewalMode;
import fr.tandem.licence.control.GarSubscription;
import fr.tandem.licence.control.GarSubscriptionReader;
import fr.tandem.licence.control.GarUsageLine;
import fr.tandem.licence.control.GarUsageReader;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.model.GarImportReport;
import fr.tandem.platform.RuleViolation;
import fr.tandem.school.City;
import fr.tandem.school.School;
import fr.tandem.school.Uai;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports the GAR's files. Subscriptions become licences (and products) of the schools they name,
 * owned by each school's city and found again by {@code idAbonnement} (importing twice changes
 * nothing); assignment counts become usage per licence and school. City staff import for their
 * own city's schools only: a line naming another city's school is reported, not imported. A file
 * of the wrong structure imports nothing; each subscription or line is reported.
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class GarImports {

    /** The largest GAR file accepted, in megabytes: the GAR page and the API read no further. */
    public static final int MAX_FILE_MEGABYTES = 20;

    private static final String CREATED = "CREATED";
    private static final String UPDATED = "UPDATED";
    private static final String UNCHANGED = "UNCHANGED";
    private static final String SKIPPED = "SKIPPED";

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    LicenceLookup lookup;

    @Inject
    Clock clock;

    public GarImportReport importSubscriptions(byte[] xml, Locale locale) {
        List<GarSubscription> subscriptions = GarSubscriptionReader.read(xml);
        Long confined = lookup.confinedCityId();
        List<GarImportReport.Line> lines = new ArrayList<>();
        for (GarSubscription subscription : subscriptions) {
            lines.add(subscription(subscription, confined, locale));
        }
        em.flush();
        return report(lines);
    }

    private GarImportReport.Line subscription(GarSubscription s, Long confined, Locale locale) {
        Optional<School> school = schoolOf(s.uai());
        if (school.isEmpty()) {
            return skipped(s.index(), s.id(), locale, "licence.gar.line.school", s.uai());
        }
        City city = school.get().city();
        Optional<GarImportReport.Line> elsewhere = outsideCity(s.index(), s.id(), school.get(), confined, locale);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        Product product = em.createQuery("select p from Product p where p.city = :city and p.arkId = :ark",
                        Product.class).setParameter("city", city).setParameter("ark", s.resourceId())
                .getResultStream().findFirst().orElse(null);
        try {
            if (product == null) {
                product = new Product(city, new ProductDetails(s.resourceLabel(), ProductKind.RESOURCE, null,
                        s.resourceId().startsWith("ark:") ? s.resourceId() : null, null, null, null), null);
                em.persist(product);
            }
            LicenceKind kind = s.seats() == null ? LicenceKind.SITE : LicenceKind.PER_SEAT;
            Optional<Licence> known = em.createQuery("select l from Licence l where l.garSubscriptionId = :id",
                    Licence.class).setParameter("id", s.id()).getResultStream().findFirst();
            if (known.isEmpty()) {
                LicenceTerms terms = new LicenceTerms(product.id(), kind, s.seats(), null, s.validFrom(), s.validUntil(),
                        BigDecimal.ZERO, "EUR", GrantSource.NONE, 0, null, null, s.transferable(), RenewalMode.MANUAL,
                        12, null, "GAR : " + s.id(), null);
                Licence licence = new Licence(city, product, terms, school.get());
                licence.fromGarSubscription(s.id());
                em.persist(licence);
                return new GarImportReport.Line(s.index(), s.id(), CREATED, null);
            }
            Licence licence = lookup.lockedLicence(known.get().id());
            boolean same = licence.kind() == kind && Objects.equals(licence.seats(), s.seats())
                    && licence.validFrom().equals(s.validFrom()) && licence.validUntil().equals(s.validUntil())
                    && licence.transferable() == s.transferable() && licence.holder() != null
                    && licence.holder().id().equals(school.get().id()) && licence.product().id().equals(product.id());
            if (same) {
                return new GarImportReport.Line(s.index(), s.id(), UNCHANGED, null);
            }
            if (licence.status() != LicenceStatus.ACTIVE) {
                throw new RuleViolation("licence.notActive");
            }
            licence.revise(product, new LicenceTerms(product.id(), kind, s.seats(), null, s.validFrom(), s.validUntil(),
                    licence.price(), licence.currency(), licence.grantSource(), licence.grantPercent(),
                    licence.orderNumber(), licence.contractReference(), s.transferable(), licence.renewal(),
                    licence.renewalMonths(), kind == LicenceKind.PER_SEAT && licence.lowSeatThreshold() != null
                            && licence.lowSeatThreshold() <= s.seats() ? licence.lowSeatThreshold() : null,
                    licence.notes(), null), school.get());
            return new GarImportReport.Line(s.index(), s.id(), UPDATED, null);
        } catch (RuleViolation refused) {
            return skipped(s.index(), s.id(), locale, "licence.gar.line.invalid", refused);
        }
    }

    public GarImportReport importUsage(byte[] csv, Locale locale) {
        Long confined = lookup.confinedCityId();
        List<GarImportReport.Line> lines = new ArrayList<>();
        for (GarUsageLine line : GarUsageReader.read(csv)) {
            lines.add(usage(line, confined, locale));
        }
        em.flush();
        return report(lines);
    }

    private GarImportReport.Line usage(GarUsageLine line, Long confined, Locale locale) {
        String reference = line.uai() + " / " + line.subscriptionId();
        if (line.problem() != null) {
            return skipped(line.line(), reference, locale, "licence.gar.line.count", line.problem());
        }
        Optional<School> school = line.uai() == null ? Optional.empty() : schoolOf(line.uai());
        if (school.isEmpty()) {
            return skipped(line.line(), reference, locale, "licence.gar.line.school", String.valueOf(line.uai()));
        }
        Optional<GarImportReport.Line> elsewhere = outsideCity(line.line(), reference, school.get(), confined, locale);
        if (elsewhere.isPresent()) {
            return elsewhere.get();
        }
        City city = school.get().city();
        Optional<Licence> licence = em.createQuery("select l from Licence l where l.garSubscriptionId = :id "
                        + "and l.city = :city", Licence.class).setParameter("id", String.valueOf(line.subscriptionId()))
                .setParameter("city", city).getResultStream().findFirst();
        if (licence.isEmpty() && line.resourceId() != null) {
            licence = em.createQuery("select l from Licence l where l.city = :city and l.product.arkId = :ark "
                            + "and l.status = :active "
                            + "and (l.holder = :school or exists (select a from Assignment a where a.licence = l "
                            + "and a.school = :school and a.releasedAt is null)) order by l.validUntil desc", Licence.class)
                    .setParameter("city", city).setParameter("ark", line.resourceId())
                    .setParameter("active", LicenceStatus.ACTIVE)
                    .setParameter("school", school.get()).setMaxResults(1).getResultStream().findFirst();
        }
        if (licence.isEmpty()) {
            return skipped(line.line(), reference, locale, "licence.gar.line.noLicence", line.subscriptionId(),
                    String.valueOf(line.resourceId()), line.uai());
        }
        LicenceUsage usage = em.createQuery("select u from LicenceUsage u where u.licence = :l and u.school = :s",
                        LicenceUsage.class).setParameter("l", licence.get()).setParameter("s", school.get())
                .getResultStream().findFirst().orElse(null);
        boolean created = usage == null;
        if (created) {
            usage = new LicenceUsage(licence.get(), school.get());
        }
        boolean changed = usage.record(line.students(), line.teachers(), line.others(), clock.instant());
        if (created) {
            em.persist(usage);
            return new GarImportReport.Line(line.line(), reference, CREATED, null);
        }
        return new GarImportReport.Line(line.line(), reference, changed ? UPDATED : UNCHANGED, null);
    }

    /**
     * The report of a line whose school belongs to no city, or to another city than the caller's;
     * empty when the line is the caller's to import.
     */
    private static Optional<GarImportReport.Line> outsideCity(int line, String reference, School school, Long confined,
                                                              Locale locale) {
        if (school.city() == null) {
            return Optional.of(skipped(line, reference, locale, "licence.gar.line.noCity", school.uai().value()));
        }
        if (!LicenceLookup.visibleCity(school.city(), confined)) {
            return Optional.of(skipped(line, reference, locale, "licence.gar.line.otherCity", school.uai().value()));
        }
        return Optional.empty();
    }

    private Optional<School> schoolOf(String uai) {
        try {
            return lookup.schoolOptional(Uai.of(uai));
        } catch (RuleViolation malformed) {
            return Optional.empty();
        }
    }

    private static GarImportReport.Line skipped(int line, String reference, Locale locale, String key, Object... args) {
        return new GarImportReport.Line(line, reference, SKIPPED, RuleViolation.format(locale, key, args));
    }

    private static GarImportReport report(List<GarImportReport.Line> lines) {
        return new GarImportReport(count(lines, CREATED), count(lines, UPDATED), count(lines, UNCHANGED),
                count(lines, SKIPPED), lines);
    }

    private static int count(List<GarImportReport.Line> lines, String outcome) {
        return (int) lines.stream().filter(l -> l.outcome().equals(outcome)).count();
    }
}

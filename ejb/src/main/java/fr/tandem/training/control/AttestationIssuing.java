package fr.tandem.training.control;

import fr.tandem.people.Account;
import fr.tandem.platform.Language;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.mail.PublicUrl;
import fr.tandem.school.Circonscription;
import fr.tandem.training.CirconscriptionHoursSettings;
import fr.tandem.training.IssuedAttestation;
import fr.tandem.training.SchoolYear;
import fr.tandem.training.TrainingYear;
import fr.tandem.training.model.AttestationIssuer;
import fr.tandem.training.model.CheckedAttestation;
import fr.tandem.training.model.HoursSummary;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Issues a teacher's attestation of a school year: records it under a random verification code
 * (160 bits, base 32: not guessable, so the public check page needs no login) with what it attests,
 * then prints it with its issuer (the inspector and the circonscription of the teacher's school, or
 * of the school a closed year kept) and the QR code of its check page. None for 0 hours.
 */
@Dependent
public class AttestationIssuing {

    /** The public page that checks a code. */
    public static final String CHECK_PAGE = "attestation-check.xhtml?code=";

    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    YearHours yearHours;

    @Inject
    HoursDueRules dueRules;

    @Inject
    PublicUrl publicUrl;

    /**
     * The attestation of a teacher's school year as a PDF, recorded.
     *
     * @throws RuleViolation {@code attestation.noHours} when no hour counts that year
     */
    public byte[] issue(Account teacher, SchoolYear year, Language language) {
        HoursSummary hours = yearHours.of(teacher, year);
        if (hours.minutesDone() == 0) {
            throw new RuleViolation("attestation.noHours", year.label());
        }
        Circonscription circonscription = yearHours.closed(teacher, year).map(TrainingYear::circonscription)
                .orElse(teacher.school() == null ? null : teacher.school().circonscription());
        AttestationIssuer issuer = issuer(circonscription);
        Instant now = clock.instant();
        String code = newCode();
        em.persist(new IssuedAttestation(code, teacher, year, hours.minutesDone(), hours.minutesDue(),
                issuer.signature(), now));
        em.flush();
        return HoursDocuments.attestation(teacher, hours, issuer, now, code, publicUrl.of(CHECK_PAGE + code), language);
    }

    /** Who signs a circonscription's attestations (none: nobody named, no address). */
    public AttestationIssuer issuer(Circonscription circonscription) {
        if (circonscription == null) {
            return new AttestationIssuer(null, null, null, null, null, null);
        }
        CirconscriptionHoursSettings settings = dueRules.of(circonscription);
        return new AttestationIssuer(settings.signatoryName(), settings.signatoryTitle(), circonscription.name(),
                circonscription.addressStreet(), circonscription.addressPostcode(), circonscription.addressCity());
    }

    /**
     * What the attestation of a code attested.
     *
     * @throws NotFound {@code attestation.unknown} for a code never issued (or not a code at all)
     */
    public CheckedAttestation check(String code) {
        String cleaned = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!IssuedAttestation.CODE.matcher(cleaned).matches()) {
            throw new NotFound("attestation.unknown");
        }
        return em.createQuery("select a from IssuedAttestation a where a.code = :code", IssuedAttestation.class)
                .setParameter("code", cleaned).getResultStream().findFirst()
                .map(a -> new CheckedAttestation(a.code(), a.teacherName(), a.schoolName(), a.year().label(),
                        a.minutesDone(), a.minutesDue(), a.issuer(), a.issuedAt()))
                .orElseThrow(() -> new NotFound("attestation.unknown"));
    }

    private static String newCode() {
        char[] code = new char[32];
        for (int i = 0; i < code.length; i++) {
            code[i] = BASE32[RANDOM.nextInt(BASE32.length)];
        }
        return new String(code);
    }
}

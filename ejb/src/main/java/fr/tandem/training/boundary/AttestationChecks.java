package fr.tandem.training.boundary;

import fr.tandem.training.control.AttestationIssuing;
import fr.tandem.training.model.CheckedAttestation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The public check of an attestation: whoever holds its verification code (an administration
 * reading the paper or scanning its QR code) sees what it attested, without logging in.
 */
@Stateless
@PermitAll
public class AttestationChecks {

    @Inject
    AttestationIssuing issuing;

    /**
     * What the attestation of a code attested.
     *
     * @throws fr.tandem.platform.NotFound {@code attestation.unknown} for a code never issued
     */
    public CheckedAttestation check(String code) {
        return issuing.check(code);
    }
}

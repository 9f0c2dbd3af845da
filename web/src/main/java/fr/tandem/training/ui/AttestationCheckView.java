package fr.tandem.training.ui;

import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.ui.UiMessages;
import fr.tandem.training.boundary.AttestationChecks;
import fr.tandem.training.model.CheckedAttestation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The public page an attestation's QR code opens: what the attestation of the code attested, or
 * that no attestation has this code.
 */
@Named
@RequestScoped
public class AttestationCheckView {

    @EJB
    AttestationChecks checks;

    private String code;
    private CheckedAttestation attestation;
    private String refusal;

    /** Called by the view's metadata once the code is read. */
    public void load() {
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            attestation = checks.check(code);
        } catch (RuleViolation unknown) {
            refusal = unknown.messageIn(UiMessages.locale());
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CheckedAttestation getAttestation() {
        return attestation;
    }

    public String getRefusal() {
        return refusal;
    }
}

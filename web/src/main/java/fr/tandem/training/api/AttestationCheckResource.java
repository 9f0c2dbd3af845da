package fr.tandem.training.api;

import fr.tandem.training.boundary.AttestationChecks;
import fr.tandem.training.model.CheckedAttestation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public check of an issued attestation by its verification code, without logging in. */
@Path("attestations")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training")
public class AttestationCheckResource {

    @EJB
    AttestationChecks checks;

    @SecurityRequirements
    @GET
    @Path("{code}")
    @Operation(summary = "What the attestation of a verification code attested: teacher, school, school year, hours "
            + "done and due, issuer, date of issue (public, no login); 404 attestation.unknown for any other code")
    public CheckedAttestation checkAttestation(
            @Parameter(description = "The verification code printed on the attestation") @PathParam("code") String code) {
        return checks.check(code);
    }
}

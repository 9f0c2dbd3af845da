package fr.tandem.privacy.api;

import fr.tandem.privacy.boundary.PersonalData;
import fr.tandem.privacy.model.PersonalDataReport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Everything Tandem holds about the caller, as JSON (its readable form: {@link PersonalDataPdfResource}). */
@Path("me/data")
@RequestScoped
@Tag(name = "My account")
public class PersonalDataResource {

    @EJB
    PersonalData personalData;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything Tandem holds about me (right of access): account, roles, schools, tokens (never "
            + "secrets), bookings, attendance and hours, requests and my messages, my audit rows, my mails")
    public PersonalDataReport getMyPersonalData() {
        return personalData.mine();
    }
}

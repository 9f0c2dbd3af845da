package fr.tandem.people.api;

import fr.tandem.people.boundary.Invitations;
import fr.tandem.people.model.InvitationSummary;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sending an account an invitation to choose its first password (admins). */
@Path("accounts/{username}/invitation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class InvitationResource {

    @EJB
    Invitations invitations;

    @POST
    @Operation(summary = "Send an active account without a password an invitation by mail (valid 7 days, once); "
            + "the account's earlier invitations stop working")
    public InvitationSummary sendInvitation(@PathParam("username") String username) {
        return invitations.send(username);
    }
}

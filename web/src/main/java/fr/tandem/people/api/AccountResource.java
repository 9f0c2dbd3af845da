package fr.tandem.people.api;

import fr.tandem.people.Role;
import fr.tandem.people.boundary.Accounts;
import fr.tandem.people.model.AccountForm;
import fr.tandem.people.model.AccountPage;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.model.SchoolPeriodSummary;
import fr.tandem.platform.Paging;
import fr.tandem.platform.api.RequestBody;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Account administration over HTTP (admins only). */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    @EJB
    Accounts accounts;

    @GET
    @Operation(summary = "Accounts matching the words typed, optionally with a role")
    public AccountPage list(@QueryParam("q") String text, @QueryParam("role") Role role,
                            @QueryParam("inactive") @DefaultValue("false") boolean includeInactive,
                            @QueryParam("first") @DefaultValue("0") int first,
                            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return accounts.search(text, role, includeInactive, first, size);
    }

    @GET
    @Path("{username}")
    public AccountSummary find(@PathParam("username") String username) {
        return accounts.find(username);
    }

    /** The schools the person worked in, oldest first. */
    @GET
    @Path("{username}/schools")
    public List<SchoolPeriodSummary> schoolHistory(@PathParam("username") String username) {
        return accounts.schoolHistory(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with an initial password; 201 with its Location")
    public Response create(AccountForm form, @Context UriInfo uri) {
        AccountSummary created = accounts.create(RequestBody.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account; a non-empty password resets it")
    public AccountSummary update(@PathParam("username") String username, AccountForm form) {
        return accounts.update(username, RequestBody.required(form));
    }

    @POST
    @Path("{username}/deactivation")
    @Operation(summary = "Deactivate an account: it can no longer log in, its tokens are revoked, its history stays")
    public AccountSummary deactivate(@PathParam("username") String username) {
        return accounts.deactivate(username);
    }

    @POST
    @Path("{username}/activation")
    @Operation(summary = "Reactivate an account")
    public AccountSummary reactivate(@PathParam("username") String username) {
        return accounts.reactivate(username);
    }
}

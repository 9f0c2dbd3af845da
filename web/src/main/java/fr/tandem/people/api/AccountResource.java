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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    public AccountPage listAccounts(
            @Parameter(description = "Words of the name, username or e-mail, all of which must match")
            @QueryParam("q") String text,
            @Parameter(description = "Only the accounts with this role") @QueryParam("role") Role role,
            @Parameter(description = "Include the deactivated accounts")
            @QueryParam("inactive") @DefaultValue("false") boolean includeInactive,
            @Parameter(description = "The index of the first account of the page (0 is the first)")
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "How many accounts a page has, at most 500")
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return accounts.search(text, role, includeInactive, first, size);
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account")
    public AccountSummary getAccount(@PathParam("username") String username) {
        return accounts.find(username);
    }

    /** The schools the person worked in, oldest first. */
    @GET
    @Path("{username}/schools")
    @Operation(summary = "The schools the person worked in, oldest first")
    public List<SchoolPeriodSummary> listAccountSchools(@PathParam("username") String username) {
        return accounts.schoolHistory(username);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with an initial password")
    @APIResponse(responseCode = "201", description = "The account created",
            headers = @Header(name = "Location", description = "The address of the new account",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AccountSummary.class)))
    public Response createAccount(AccountForm form, @Context UriInfo uri) {
        AccountSummary created = accounts.create(RequestBody.required(form));
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an account; a non-empty password resets it")
    public AccountSummary updateAccount(@PathParam("username") String username, AccountForm form) {
        return accounts.update(username, RequestBody.required(form));
    }

    @POST
    @Path("{username}/deactivation")
    @Operation(summary = "Deactivate an account: it can no longer log in, its tokens are revoked, its history stays")
    public AccountSummary deactivateAccount(@PathParam("username") String username) {
        return accounts.deactivate(username);
    }

    @POST
    @Path("{username}/activation")
    @Operation(summary = "Reactivate an account")
    public AccountSummary reactivateAccount(@PathParam("username") String username) {
        return accounts.reactivate(username);
    }
}

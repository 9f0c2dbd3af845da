package fr.tandem.people.api;

import fr.tandem.people.boundary.MyAccount;
import fr.tandem.people.model.AccountSummary;
import fr.tandem.people.model.CreatedToken;
import fr.tandem.people.model.TokenSummary;
import fr.tandem.people.security.TandemAuthentication;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.api.ApiLanguage;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.Problem;
import fr.tandem.platform.api.RequestBody;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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

/** The caller's own account, its language and personal API tokens. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My account")
public class MeResource {

    @EJB
    MyAccount myAccount;

    /** Body of a token creation: its name and how many days it lives (1 to 365, a year when absent). */
    @Schema(description = "A personal API token to create: its name and how many days it lives.")
    public record TokenRequest(
            @Schema(required = true, description = "A name to recognise the token by, up to 100 characters",
                    example = "Inventory script") String label,
            @Schema(description = "How many days the token works, 1 to 365; a year when absent", minimum = "1",
                    maximum = "365", example = "90") Integer expiresInDays) {
    }

    @GET
    @Operation(summary = "Who I am: username, name, roles, school or circonscription")
    public AccountSummary getMyAccount() {
        return myAccount.me();
    }

    /** Body of a language change: "fr" or "en". */
    @Schema(description = "The language a person chooses to read Tandem in.")
    public record LanguageChange(@Schema(required = true, enumeration = {"fr", "en"}) String language) {
    }

    @PUT
    @Path("language")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose the language I read Tandem in (\"fr\" or \"en\"): my pages, my mails and the documents "
            + "I ask for")
    public AccountSummary changeMyLanguage(LanguageChange change) {
        return myAccount.changeLanguage(RequestBody.required(change).language());
    }

    /** The address of a calendar feed. */
    @Schema(description = "The address of a person's training calendar feed (iCalendar), to give a calendar program.")
    public record CalendarFeed(
            @Schema(required = true, description = "The feed's address; its secret is the address itself, read without "
                    + "logging in", format = "uri") String url) {
    }

    @POST
    @Path("calendar-feed")
    @Operation(summary = "A new address for my training calendar feed, shown once (the previous one stops working)")
    public CalendarFeed renewCalendarFeed(@Context UriInfo uri) {
        String token = myAccount.renewCalendarFeed();
        return new CalendarFeed(uri.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString());
    }

    @GET
    @Path("tokens")
    @Operation(summary = "My personal API tokens (secrets are never shown again)")
    public List<TokenSummary> listMyTokens() {
        return myAccount.tokens();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a personal API token that expires after expiresInDays days (1 to 365, default 365); "
            + "the answer carries the secret, once. Only with Basic: a token cannot create tokens")
    @APIResponse(responseCode = "201", description = "The token created, with its secret",
            headers = @Header(name = "Location", description = "The address of the new token (to revoke it)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CreatedToken.class)))
    public Response createMyToken(TokenRequest request, @Context UriInfo uri, @Context HttpServletRequest http,
                                @Context HttpHeaders headers) {
        if (TandemAuthentication.byToken(http)) {
            RuleViolation refused = new RuleViolation("token.fromToken");
            return Problem.response(Response.Status.FORBIDDEN, refused.messageIn(ApiLanguage.of(headers)), refused.key());
        }
        TokenRequest body = RequestBody.required(request);
        CreatedToken created = myAccount.createToken(body.label(), body.expiresInDays());
        return Created.at(uri, created.token().id(), created);
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of my tokens; answers it as revoked")
    public TokenSummary revokeMyToken(@Parameter(description = "The token's id (TokenSummary.id)")
                                      @PathParam("id") long id) {
        return myAccount.revokeToken(id);
    }
}

package fr.tandem.plan.api;

import fr.tandem.plan.boundary.GrantClaims;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimPayment;
import fr.tandem.plan.model.ClaimPreview;
import fr.tandem.plan.model.ClaimRequest;
import fr.tandem.plan.model.ClaimSummary;
import fr.tandem.platform.Language;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Grant claims of the digital plan over HTTP: preview, make, list, read, cancel, record the payment, files. */
@Path("grant-claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grant claims")
public class GrantClaimResource {

    private static final String REQUEST = "{\"planId\":51,\"programme\":\"TNE\",\"from\":\"2025-09-01\","
            + "\"to\":\"2026-08-31\",\"lineIds\":[101,102],\"note\":\"…\"}";

    private static final String LANGUAGE = "The document's language: fr (the default) or en";

    @EJB
    GrantClaims claims;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The grant claims of my city, latest first (city staff, admin, councillor)")
    public List<ClaimSummary> listGrantClaims(@QueryParam("plan") @Parameter(description = "Only the claims of this "
            + "plan, by its id") Long plan) {
        return claims.list(plan);
    }

    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "What a claim would cover now, nothing written (city staff, admin)",
            description = REQUEST + " (lineIds and note ignored). The eligible lines: of the programme (TNE or "
                    + "DEPARTEMENT), not claimed yet, delivered, whose last invoice paid was paid within the period; "
                    + "each with its paid base, rate and share (rate × paid base, to the cent). The programme's "
                    + "envelope caps: lines beyond what remains of it claim 0 and are left out.")
    public ClaimPreview previewGrantClaim(ClaimRequest request) {
        return claims.preview(RequestBody.required(request));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a claim over the preview's lines; 201 with its Location (city staff, admin)",
            description = REQUEST + ": lineIds are the preview's lines confirmed. Each is locked, checked again "
                    + "and frozen; a line already claimed answers 409 (plan.line.claimed) and nothing is written.")
    @APIResponse(responseCode = "201", description = "The claim was made.",
            headers = @Header(name = "Location", description = "The address of the new claim",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClaimDetail.class)))
    public Response createGrantClaim(ClaimRequest request) {
        ClaimDetail created = claims.create(RequestBody.required(request));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One claim with its lines (as claimed) and its totals per school and school year")
    public ClaimDetail getGrantClaim(@PathParam("id") long id) {
        return claims.find(id);
    }

    @POST
    @Path("{id: \\d+}/cancellation")
    @Operation(summary = "Cancel a submitted claim: its lines can change and be claimed again (city staff, admin)")
    public ClaimDetail cancelGrantClaim(@PathParam("id") long id,
                                        @QueryParam("version") @Parameter(description = "The claim's version read; "
                                                + "when given and the claim changed since, 409") Long version) {
        return claims.cancel(id, version);
    }

    @POST
    @Path("{id: \\d+}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the funder's payment of a submitted claim (city staff, admin)",
            description = "{\"amount\":\"8400.00\",\"receivedOn\":\"2026-11-20\",\"version\":0}: more than 0, at most the "
                    + "amount claimed; a day from the claim's day to today")
    public ClaimDetail recordGrantClaimPayment(@PathParam("id") long id, ClaimPayment payment) {
        return claims.recordPayment(id, RequestBody.required(payment));
    }

    @GET
    @Path("{id: \\d+}/claim.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The claim's PDF summary (French; lang=en for English); the same at every download")
    @APIResponse(responseCode = "200", description = "The claim's PDF summary.",
            headers = @Header(name = "Content-Disposition", description = "attachment, named after the claim's "
                    + "reference: TNE-2026-001.pdf", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadGrantClaimPdf(@PathParam("id") long id, @QueryParam("lang") @Parameter(description =
            LANGUAGE) String lang) {
        ClaimDetail claim = claims.find(id);
        return Attachment.of(claims.pdf(id, language(lang)), "application/pdf", claim.reference() + ".pdf");
    }

    @GET
    @Path("{id: \\d+}/claim.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The claim's Excel detail, one row per invoice of each line, and totals (French; lang=en "
            + "for English); the same cells at every download")
    @APIResponse(responseCode = "200", description = "The claim's Excel detail.",
            headers = @Header(name = "Content-Disposition", description = "attachment, named after the claim's "
                    + "reference: TNE-2026-001.xlsx", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadGrantClaimExcel(@PathParam("id") long id, @QueryParam("lang") @Parameter(description =
            LANGUAGE) String lang) {
        ClaimDetail claim = claims.find(id);
        return Attachment.of(claims.excel(id, language(lang)), ExcelExport.MEDIA_TYPE, claim.reference() + ".xlsx");
    }

    private static Language language(String code) {
        return code == null || code.isBlank() ? Language.FRENCH : Language.of(code.strip());
    }
}

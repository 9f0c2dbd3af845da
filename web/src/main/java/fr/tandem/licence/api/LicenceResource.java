package fr.tandem.licence.api;

import fr.tandem.licence.LicenceDocument;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.AssignmentRequest;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.BulkAssignment;
import fr.tandem.licence.model.BulkPreview;
import fr.tandem.licence.model.DocumentFile;
import fr.tandem.licence.model.DocumentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.licence.model.ProductSummary;
import fr.tandem.licence.model.SupplierSummary;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The city staff's licences over HTTP: suppliers, products, licences, assignments and exports. */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licences")
public class LicenceResource {

    private static final String CSV = "text/csv; charset=UTF-8";

    @EJB
    Licences licences;

    /** Body of a new supplier; {@code cityId} names its city when an administrator creates it. */
    @Schema(description = "A new supplier of licences and contracts.")
    public record SupplierBody(@Schema(required = true) String name,
                               @Schema(description = "How to reach it: a person, an e-mail address, a telephone number")
                               String contact,
                               @Schema(description = "The city it supplies: required from administrators, ignored "
                                       + "for city staff (their city)") Long cityId) {
    }

    @GET
    @Path("suppliers")
    @Operation(summary = "Suppliers of the caller's city (every city's for admins)")
    public List<SupplierSummary> listSuppliers() {
        return licences.suppliers();
    }

    @POST
    @Path("suppliers")
    @Operation(summary = "Create a supplier of the caller's city (admins: cityId required)")
    @APIResponse(responseCode = "201", description = "The supplier created",
            headers = @Header(name = "Location",
                    description = "The address of the new supplier (it answers no request yet)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SupplierSummary.class)))
    public Response createSupplier(SupplierBody body, @Context UriInfo uri) {
        SupplierBody supplier = RequestBody.required(body);
        SupplierSummary created = licences.createSupplier(supplier.cityId(), supplier.name(),
                supplier.contact());
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("products")
    @Operation(summary = "Products of the caller's city: software and digital resources (GAR resources with their "
            + "ark: id)")
    public List<ProductSummary> listProducts() {
        return licences.products();
    }

    @POST
    @Path("products")
    @Operation(summary = "Create a product of the caller's city (admins: cityId required)")
    @APIResponse(responseCode = "201", description = "The product created",
            headers = @Header(name = "Location", description = "The address of the new product (it answers PUT)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProductSummary.class)))
    public Response createProduct(ProductDetails details, @Context UriInfo uri) {
        ProductSummary created = licences.createProduct(RequestBody.required(details));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("products/{id: \\d+}")
    @Operation(summary = "Change a product")
    public ProductSummary updateProduct(@PathParam("id") long id, ProductDetails details) {
        return licences.updateProduct(id, RequestBody.required(details));
    }

    @GET
    @Operation(summary = "The licences of the caller's city (every city's for admins) with seats bought, assigned "
            + "and free today")
    public List<LicenceSummary> listLicences() {
        return licences.licences();
    }

    @POST
    @Operation(summary = "Create a licence of the caller's city (admins: cityId required) for a product of that city "
            + "(kind PER_SEAT with seats, SITE with holderUai, or UNLIMITED; dates ISO-8601)")
    @APIResponse(responseCode = "201", description = "The licence created",
            headers = @Header(name = "Location", description = "The address of the new licence",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LicenceSummary.class)))
    public Response createLicence(LicenceTerms terms, @Context UriInfo uri) {
        LicenceSummary created = licences.createLicence(RequestBody.required(terms));
        return Created.at(uri, created.id(), created);
    }

    @GET
    @Path("{id: \\d+}")
    @Operation(summary = "One licence")
    public LicenceSummary getLicence(@PathParam("id") long id) {
        return licences.licence(id);
    }

    @PUT
    @Path("{id: \\d+}")
    @Operation(summary = "Change a licence's terms (seats never below those assigned)")
    public LicenceSummary updateLicence(@PathParam("id") long id, LicenceTerms terms) {
        return licences.updateLicence(id, RequestBody.required(terms));
    }

    @POST
    @Path("{id: \\d+}/cancellation")
    @Operation(summary = "Cancel a licence: no more assignments nor reminders")
    public LicenceSummary cancelLicence(@PathParam("id") long id) {
        return licences.cancel(id);
    }

    @POST
    @Path("{id: \\d+}/renewal")
    @Operation(summary = "Renew: create the next period's licence from this one (answers the new licence)")
    @APIResponse(responseCode = "201", description = "The next period's licence",
            headers = @Header(name = "Location", description = "The address of the new licence",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LicenceSummary.class)))
    public Response renewLicence(@PathParam("id") long id, @Context UriInfo uri) {
        LicenceSummary next = licences.renew(id);
        return Response.created(uri.getBaseUriBuilder().path("licences").path(String.valueOf(next.id())).build())
                .entity(next).build();
    }

    @GET
    @Path("{id: \\d+}/documents")
    @Operation(summary = "The documents of a licence (contract, invoices), without their content")
    public List<DocumentSummary> listLicenceDocuments(@PathParam("id") long id) {
        return licences.documents(id);
    }

    @POST
    @Path("{id: \\d+}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Upload a document of a licence (contract, invoice)",
            description = "Its type follows from its name's extension and its content must start as such files do.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            description = "The file: PDF, PNG, JPEG, ODT, DOCX, ODS or XLSX, 10 MB at most",
            content = @Content(mediaType = MediaType.WILDCARD,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "The document kept, without its content",
            headers = @Header(name = "Location", description = "The address of the new document, to download it",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DocumentSummary.class)))
    public Response uploadLicenceDocument(@PathParam("id") long id,
                                          @Parameter(required = true, description = "The file's name, whose "
                                                  + "extension gives its type", example = "contrat.pdf")
                                          @QueryParam("name") String name, InputStream body,
                                @Context UriInfo uri) throws IOException {
        // one byte more than the limit at most: enough for the boundary to say the file is too large
        DocumentSummary created = licences.addDocument(id, name, body.readNBytes(LicenceDocument.MAX_BYTES + 1));
        return Response.created(uri.getBaseUriBuilder().path("licences/documents").path(String.valueOf(created.id()))
                .build()).entity(created).build();
    }

    @GET
    @Path("documents/{id: \\d+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a document")
    @APIResponse(responseCode = "200", description = "The document, with the type its name gave it",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"{the file's name}\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.oasis.opendocument.text",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = "application/vnd.oasis.opendocument.spreadsheet",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = ExcelExport.MEDIA_TYPE,
                            schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response downloadLicenceDocument(@PathParam("id") long documentId) {
        DocumentFile file = licences.document(documentId);
        return Attachment.of(file.content(), file.contentType(), file.fileName());
    }

    @GET
    @Path("{id: \\d+}/assignments")
    @Operation(summary = "The assignments of a licence, active ones first")
    public List<AssignmentSummary> listLicenceAssignments(@PathParam("id") long id) {
        return licences.assignments(id);
    }

    @POST
    @Path("{id: \\d+}/assignments")
    @Operation(summary = "Assign seats to a school (target SCHOOL), a class (CLASS, className) or a teacher (TEACHER, "
            + "teacherUsername); 409 beyond the free seats")
    @APIResponse(responseCode = "201", description = "The assignment made",
            headers = @Header(name = "Location",
                    description = "The address of the new assignment (it answers no GET; …/release and "
                            + "…/reassignment act on it)",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentSummary.class)))
    public Response assignLicenceSeats(@PathParam("id") long id, AssignmentRequest request, @Context UriInfo uri) {
        AssignmentSummary created = licences.assign(id, RequestBody.required(request));
        return Response.created(uri.getBaseUriBuilder().path("licences/assignments")
                .path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @POST
    @Path("assignments/{id: \\d+}/release")
    @Operation(summary = "Release an assignment's seats (transferable licences only)")
    public AssignmentSummary releaseLicenceSeats(@PathParam("id") long assignmentId) {
        return licences.release(assignmentId);
    }

    @POST
    @Path("assignments/{id: \\d+}/reassignment")
    @Operation(summary = "Move an assignment's seats to another school, class or teacher (transferable licences only)")
    public AssignmentSummary reassignLicenceSeats(@PathParam("id") long assignmentId, AssignmentRequest request) {
        return licences.reassign(assignmentId, RequestBody.required(request));
    }

    @POST
    @Path("{id: \\d+}/bulk-assignments/preview")
    @Operation(summary = "Preview assigning seatsPerSchool to every open school of a circonscription (of a kind)")
    public BulkPreview previewBulkLicenceAssignment(@PathParam("id") long id, BulkAssignment bulk) {
        return licences.previewBulk(id, RequestBody.required(bulk));
    }

    @POST
    @Path("{id: \\d+}/bulk-assignments")
    @Operation(summary = "Assign seatsPerSchool to every school of the preview, all or nothing")
    public BulkPreview bulkAssignLicenceSeats(@PathParam("id") long id, BulkAssignment bulk) {
        return licences.bulkAssign(id, RequestBody.required(bulk));
    }

    @GET
    @Path("licences.csv")
    @Produces("text/csv")
    @Operation(summary = "Every licence as CSV (UTF-8 with BOM, ';')")
    @APIResponse(responseCode = "200", description = "The licences as CSV",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"licences.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicencesCsv() {
        return Attachment.of(licences.licencesCsv(), CSV, "licences.csv");
    }

    @GET
    @Path("licences.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "Every licence as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The licences as an Excel workbook",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"licences.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicencesExcel() {
        return Attachment.of(licences.licencesExcel(), ExcelExport.MEDIA_TYPE, "licences.xlsx");
    }

    @GET
    @Path("assignments.csv")
    @Produces("text/csv")
    @Operation(summary = "Every assignment, released ones included, as CSV")
    @APIResponse(responseCode = "200", description = "The assignments as CSV (UTF-8 with BOM, ';')",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"affectations.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicenceAssignmentsCsv() {
        return Attachment.of(licences.assignmentsCsv(), CSV, "affectations.csv");
    }

    @GET
    @Path("assignments.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "Every assignment as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The assignments as an Excel workbook",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"affectations.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicenceAssignmentsExcel() {
        return Attachment.of(licences.assignmentsExcel(), ExcelExport.MEDIA_TYPE, "affectations.xlsx");
    }
}

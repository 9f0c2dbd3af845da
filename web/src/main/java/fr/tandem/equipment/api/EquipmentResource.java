package fr.tandem.equipment.api;

import fr.tandem.equipment.EquipmentStatus;
import fr.tandem.equipment.EquipmentType;
import fr.tandem.equipment.boundary.EquipmentInventory;
import fr.tandem.equipment.model.EquipmentCount;
import fr.tandem.equipment.model.EquipmentEventSummary;
import fr.tandem.equipment.model.EquipmentForm;
import fr.tandem.equipment.model.EquipmentPage;
import fr.tandem.equipment.model.EquipmentQuery;
import fr.tandem.equipment.model.EquipmentSpending;
import fr.tandem.equipment.model.EquipmentSummary;
import fr.tandem.equipment.model.InventoryReport;
import fr.tandem.platform.Paging;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.api.ApiLanguage;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.Created;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** School equipment over HTTP. */
@Path("equipment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Equipment")
public class EquipmentResource {

    /** Largest inventory file accepted. */

    @EJB
    EquipmentInventory inventory;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "One page of equipment, filtered and sorted in the database (teachers: their school's)",
            description = "Prices and TNE shares only for city staff.")
    public EquipmentPage listEquipment(
            @Parameter(description = "Words of the serial number, brand, model or room") @QueryParam("q") String text,
            @Parameter(description = "The UAI of a school", example = "0341234X") @QueryParam("school") String school,
            @QueryParam("type") EquipmentType type, @QueryParam("status") EquipmentStatus status,
            @Parameter(description = "The order: serialNumber, type, brand, room, schoolName, purchaseDate, "
                    + "warrantyEnd or status") @QueryParam("sort") @DefaultValue("serialNumber") String sort,
            @Parameter(description = "Descending order") @QueryParam("desc") @DefaultValue("false") boolean descending,
            @Parameter(description = "The index of the first item of the page, from 0")
            @QueryParam("first") @DefaultValue("0") int first,
            @Parameter(description = "The number of items of the page, at most 500")
            @QueryParam("size") @DefaultValue("20") int size) {
        Paging.check(first, size);
        return inventory.search(new EquipmentQuery(text, school, type, status, sort, !descending, first, size));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One item")
    public EquipmentSummary getEquipmentItem(@PathParam("id") long id) {
        return inventory.find(id);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "An item's history: entry, moves and status changes, oldest first")
    public List<EquipmentEventSummary> getEquipmentItemHistory(@PathParam("id") long id) {
        return inventory.history(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item (city staff, admin); 201 with its Location")
    @APIResponse(responseCode = "201", description = "The item added",
            headers = @Header(name = "Location", description = "The address of the new item",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EquipmentSummary.class)))
    public Response createEquipmentItem(EquipmentForm form) {
        EquipmentSummary created = inventory.create(RequestBody.required(form));
        return Created.at(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change or move an item (city staff, admin); send the version you read")
    public EquipmentSummary updateEquipmentItem(@PathParam("id") long id, EquipmentForm form) {
        return inventory.update(id, RequestBody.required(form));
    }

    @PUT
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an item's status (city staff, admin): {\"status\":\"BROKEN\",\"note\":\"…\"}")
    public EquipmentSummary changeEquipmentItemStatus(@PathParam("id") long id, StatusChange change) {
        StatusChange body = RequestBody.required(change);
        return inventory.changeStatus(id, body.status(), body.note());
    }

    /** A status change as a client sends it. */
    @Schema(description = "An item's new status, with a note kept in its history.")
    public record StatusChange(@Schema(required = true) EquipmentStatus status,
                               @Schema(description = "Why, kept in the item's history") String note) {
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import an inventory CSV (city staff, admin)",
            description = "';'-separated, header numero_serie;type;marque;modele;uai;salle;date_achat;prix;part_tne;"
                    + "fin_garantie;statut (the first four and uai required). Idempotent by serial number; "
                    + "reports each line with its outcome and reason.")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            description = "The CSV file, 20 MB at most", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public InventoryReportJson importEquipmentCsv(InputStream body) throws IOException {
        byte[] content = RequestBody.file(body, EquipmentInventory.MAX_IMPORT_MEGABYTES);
        return InventoryReportJson.of(inventory.importCsv(content), ApiLanguage.of(headers));
    }

    /** The import report as JSON, with reasons in the client's language. */
    @Schema(name = "InventoryImportReport",
            description = "What an inventory import did: counts of items created, updated, unchanged and lines "
                    + "skipped, and each line with its outcome.")
    public record InventoryReportJson(@Schema(required = true) int created, @Schema(required = true) int updated,
                                      @Schema(required = true) int unchanged,
                                      @Schema(required = true, description = "Lines not imported") int skipped,
                                      @Schema(required = true) List<Line> lines) {

        /** One reported line. */
        @Schema(name = "InventoryImportLine", description = "One line of the imported file and what became of it.")
        public record Line(@Schema(required = true, description = "The line's number in the file, the header being 1")
                           int line,
                           @Schema(description = "The line's serial number, when it has one") String serialNumber,
                           @Schema(required = true, description = "What became of the line",
                                   enumeration = {"CREATED", "UPDATED", "UNCHANGED", "SKIPPED"}) String outcome,
                           @Schema(description = "Why a skipped line was skipped, in the client's language "
                                   + "(Accept-Language)") String reason) {
        }

        static InventoryReportJson of(InventoryReport report, Locale locale) {
            return new InventoryReportJson(report.created(), report.updated(), report.unchanged(), report.skipped(),
                    report.lines().stream().map(l -> new Line(l.line(), l.serialNumber(), l.outcome().name(),
                            l.reasonIn(locale))).toList());
        }
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Every matching item as CSV, in the import's format (city staff, admin)")
    @APIResponse(responseCode = "200", description = "The items as CSV (';', UTF-8)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"materiel.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportEquipmentCsv(
            @Parameter(description = "Words of the serial number, brand, model or room") @QueryParam("q") String text,
            @Parameter(description = "The UAI of a school", example = "0341234X") @QueryParam("school") String school,
                           @QueryParam("type") EquipmentType type, @QueryParam("status") EquipmentStatus status) {
        byte[] csv = inventory.exportCsv(new EquipmentQuery(text, school, type, status, "serialNumber", true, 0, 1));
        return Attachment.of(csv, "text/csv; charset=UTF-8", "materiel.csv");
    }

    @GET
    @Path("{id}/label.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The item's label to print, with a QR code opening the report page for it")
    @APIResponse(responseCode = "200", description = "The label as a PDF",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"etiquette-{id}.pdf\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadEquipmentLabel(@PathParam("id") long id) {
        return Attachment.of(inventory.label(id), "application/pdf", "etiquette-" + id + ".pdf");
    }

    @GET
    @Path("labels.pdf")
    @Produces("application/pdf")
    @Operation(summary = "Sheets of labels (3 × 8 per A4 page) for the items chosen or for every item of a school "
            + "(not retired)")
    @APIResponse(responseCode = "200", description = "The sheets of labels as a PDF",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"etiquettes.pdf\" (etiquettes-{uai}.pdf for a school)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response downloadEquipmentLabelSheet(
            @Parameter(description = "The UAI of the school whose items to label, when no id is given",
                    example = "0341234X") @QueryParam("school") String school,
            @Parameter(description = "The ids of the items to label (id=…&id=…); the school is then ignored")
            @QueryParam("id") List<Long> ids) {
        if (ids != null && !ids.isEmpty()) {
            return Attachment.of(inventory.labelSheet(ids), "application/pdf", "etiquettes.pdf");
        }
        if (school == null || school.isBlank()) {
            throw new RuleViolation("equipment.school.required");
        }
        return Attachment.of(inventory.labelSheet(school), "application/pdf", "etiquettes-" + school.strip() + ".pdf");
    }

    @GET
    @Path("counts")
    @Operation(summary = "Items per school and type, retired ones left out (city staff, admin; for dashboards)")
    public List<EquipmentCount> countEquipment() {
        return inventory.countsBySchoolAndType();
    }

    @GET
    @Path("spending")
    @Operation(summary = "Money spent per type, with the TNE share and the city's (city staff, admin; for dashboards)")
    public List<EquipmentSpending> listEquipmentSpending() {
        return inventory.spending();
    }
}

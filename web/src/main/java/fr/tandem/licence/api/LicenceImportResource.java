package fr.tandem.licence.api;

import fr.tandem.licence.boundary.GarImports;
import fr.tandem.licence.boundary.LicenceReports;
import fr.tandem.licence.model.CostReport;
import fr.tandem.licence.model.GarImportReport;
import fr.tandem.licence.model.ReconciliationLine;
import fr.tandem.platform.api.ApiLanguage;
import fr.tandem.platform.api.Attachment;
import fr.tandem.platform.api.RequestBody;
import fr.tandem.platform.export.ExcelExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GAR imports and the licence reports (reconciliation, costs) over HTTP. */
@Path("licences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Licences")
public class LicenceImportResource {

    @EJB
    GarImports imports;

    @EJB
    LicenceReports reports;

    @Context
    HttpHeaders headers;

    @POST
    @Path("imports/gar-subscriptions")
    @Consumes({"application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the GAR subscription XML (abonnements): licences of the schools named by uaiEtab, "
            + "by idAbonnement (twice changes nothing); a malformed file or one with a DOCTYPE imports nothing")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            description = "The GAR subscription export (XML), 20 MB at most", content = {
            @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "text/xml", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public GarImportReport importGarSubscriptions(InputStream xml) throws IOException {
        return imports.importSubscriptions(RequestBody.file(xml, GarImports.MAX_FILE_MEGABYTES), ApiLanguage.of(headers));
    }

    @POST
    @Path("imports/gar-usage")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Import the GAR assignment-count CSV (UAI;idAbonnement;…;cumulAffectationEleve;…) as usage per "
            + "licence and school")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
            description = "The GAR assignment-count export (CSV, ';'), 20 MB at most", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public GarImportReport importGarUsage(InputStream csv) throws IOException {
        return imports.importUsage(RequestBody.file(csv, GarImports.MAX_FILE_MEGABYTES), ApiLanguage.of(headers));
    }

    @GET
    @Path("reconciliation")
    @Operation(summary = "Per product and school: seats bought, assigned, used, and the money of unused seats")
    public List<ReconciliationLine> listLicenceReconciliation() {
        return reports.reconciliation();
    }

    @GET
    @Path("reconciliation.csv")
    @Produces("text/csv")
    @Operation(summary = "The reconciliation as CSV (UTF-8 with BOM, ';', every row)")
    @APIResponse(responseCode = "200", description = "The reconciliation as CSV",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"rapprochement-licences.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicenceReconciliationCsv() {
        return Attachment.of(reports.reconciliationCsv(), "text/csv; charset=UTF-8", "rapprochement-licences.csv");
    }

    @GET
    @Path("reconciliation.xlsx")
    @Produces(ExcelExport.MEDIA_TYPE)
    @Operation(summary = "The reconciliation as an Excel workbook")
    @APIResponse(responseCode = "200", description = "The reconciliation as an Excel workbook",
            headers = @Header(name = "Content-Disposition",
                    description = "attachment; filename=\"rapprochement-licences.xlsx\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = ExcelExport.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportLicenceReconciliationExcel() {
        return Attachment.of(reports.reconciliationExcel(), ExcelExport.MEDIA_TYPE, "rapprochement-licences.xlsx");
    }

    @GET
    @Path("costs")
    @Operation(summary = "Spending by school, product, funding source and school year")
    public CostReport getLicenceCosts() {
        return reports.costs();
    }
}

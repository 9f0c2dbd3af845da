package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.tandem.it.client.ApiClient;
import fr.tandem.it.client.ApiException;
import fr.tandem.it.client.ApiResponse;
import fr.tandem.it.client.api.LicencesApi;
import fr.tandem.it.client.api.SchoolsApi;
import fr.tandem.it.client.api.TrainingApi;
import fr.tandem.it.client.model.AssignmentRequest;
import fr.tandem.it.client.model.AssignmentSummary;
import fr.tandem.it.client.model.AssignmentTarget;
import fr.tandem.it.client.model.CataloguePage;
import fr.tandem.it.client.model.LicenceKind;
import fr.tandem.it.client.model.LicenceSummary;
import fr.tandem.it.client.model.LicenceTerms;
import fr.tandem.it.client.model.Modality;
import fr.tandem.it.client.model.OfferCategory;
import fr.tandem.it.client.model.OfferDetails;
import fr.tandem.it.client.model.OfferNature;
import fr.tandem.it.client.model.OfferStatus;
import fr.tandem.it.client.model.OfferSummary;
import fr.tandem.it.client.model.Problem;
import fr.tandem.it.client.model.ProductDetails;
import fr.tandem.it.client.model.ProductKind;
import fr.tandem.it.client.model.ProductSummary;
import fr.tandem.it.client.model.SchoolForm;
import fr.tandem.it.client.model.SchoolSummary;
import fr.tandem.it.client.model.SessionDetails;
import fr.tandem.it.client.model.SessionSummary;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract test: a client generated at build time from the OpenAPI document (the one the WAR carries, Payara
 * serves, and the build validated) runs the journeys an integrator would, against the running application. A
 * resource that answers something the document does not say (another status, a member of another type, a name
 * changed) fails here; so does a document the server does not serve as it was built.
 */
class ApiContractIT extends ApiTestBase {

    private ApiClient client(String username) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        ApiClient client = new ApiClient();
        client.updateBaseUri(url.toString().replaceAll("/$", ""));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials)
                .header("Accept-Language", "en"));
        client.setReadTimeout(Duration.ofSeconds(60));
        return client;
    }

    private Problem problem(ApiException refused) throws IOException {
        return new ObjectMapper().findAndRegisterModules().readValue(refused.getResponseBody(), Problem.class);
    }

    @Test
    void anInspectorPublishesAnOfferAndATeacherBooksAndCancelsThroughTheGeneratedClient() throws Exception {
        TrainingApi inspector = new TrainingApi(client("ien"));
        String title = "Contrat d'API " + System.nanoTime();
        OfferSummary offer = inspector.createOffer(new OfferDetails().title(title).description("Essai du contrat")
                .topic("ENI").category(OfferCategory.OPTIONNELLE).nature(OfferNature.FORMATION_CONTINUE)
                .modality(Modality.PRESENTIEL).minutesCredited(180)
                .enrolmentOpens(inDays(-1).atOffset(ZoneOffset.UTC)).enrolmentCloses(inDays(20).atOffset(ZoneOffset.UTC)),
                null);
        assertThat(offer.getId(), notNullValue());
        assertThat(offer.getStatus(), is(OfferStatus.DRAFT));

        SessionSummary session = inspector.addOfferSession(offer.getId(), new SessionDetails()
                .startsAt(inDays(30).atOffset(ZoneOffset.UTC)).endsAt(inDays(30).plusSeconds(3 * 3600).atOffset(ZoneOffset.UTC))
                .place("École des essais").capacity(1));
        OfferSummary published = inspector.publishOffer(offer.getId());
        assertThat(published.getStatus(), is(OfferStatus.PUBLISHED));

        TrainingApi teacher = new TrainingApi(client("enseignant01"));
        CataloguePage page = teacher.listCatalogueSessions(null, null, 0, null, title, 20);
        assertThat(page.getTotal(), is(1L));
        assertThat(page.getItems().get(0).getSessionId(), is(session.getSessionId()));

        SessionSummary booked = teacher.bookSession(session.getSessionId());
        assertThat(booked.getSessionId(), is(session.getSessionId()));
        assertThat(teacher.listMyBookings().stream().map(SessionSummary::getSessionId).toList(),
                hasItem(session.getSessionId()));

        ApiException twice = assertThrows(ApiException.class, () -> teacher.bookSession(session.getSessionId()));
        assertThat(twice.getCode(), is(409));
        Problem problem = problem(twice);
        assertThat(problem.getCode(), is("booking.already"));
        assertThat(problem.getDetail(), is("You are already enrolled in this session."));
        assertThat(problem.getInstance(), is(url.getPath() + "api/training/sessions/" + session.getSessionId() + "/booking"));

        teacher.cancelSessionBooking(session.getSessionId(), null, null);
        assertThat(teacher.listMyBookings().stream().map(SessionSummary::getSessionId).toList(),
                not(hasItem(session.getSessionId())));
    }

    @Test
    void cityStaffAssignLicenceSeatsThroughTheGeneratedClient() throws Exception {
        LicencesApi staff = new LicencesApi(client("dsi"));
        ProductSummary product = staff.createProduct(new ProductDetails().name("Contrat " + System.nanoTime())
                .kind(ProductKind.SOFTWARE).publisher("Éditeur"));
        LicenceSummary licence = staff.createLicence(new LicenceTerms().productId(product.getId())
                .kind(LicenceKind.PER_SEAT).seats(10).validFrom(LocalDate.now().minusMonths(1))
                .validUntil(LocalDate.now().plusMonths(6)).price(new BigDecimal("1200.00")));
        String school = LicencesIT.school(3);
        AssignmentSummary assignment = staff.assignLicenceSeats(licence.getId(), new AssignmentRequest()
                .uai(school).target(AssignmentTarget.SCHOOL).seats(4));
        assertThat(assignment.getSeats(), is(4));
        List<AssignmentSummary> assignments = staff.listLicenceAssignments(licence.getId());
        assertThat(assignments.stream().map(AssignmentSummary::getId).toList(), hasItem(assignment.getId()));
        assertThat(staff.getLicence(licence.getId()).getAssignedSeats(), is(4));

        ApiException tooMany = assertThrows(ApiException.class, () -> staff.assignLicenceSeats(licence.getId(),
                new AssignmentRequest().uai(LicencesIT.school(4)).target(AssignmentTarget.SCHOOL).seats(7)));
        assertThat(tooMany.getCode(), is(409));
        assertThat(problem(tooMany).getStatus(), is(409));
    }

    @Test
    void aStaleETagIsRefusedWith412AndTheCurrentOneIsAccepted() throws Exception {
        SchoolsApi staff = new SchoolsApi(client("dsi"));
        String uai = LicencesIT.school(7);
        ApiResponse<SchoolSummary> read = staff.getSchoolWithHttpInfo(uai);
        String etag = read.getHeaders().get("etag").get(0);
        SchoolSummary school = read.getData();
        assertThat(etag, is("\"" + school.getVersion() + "\""));

        SchoolForm form = new SchoolForm().uai(uai).name(school.getName()).kind(school.getKind())
                .street(school.getStreet()).postcode(school.getPostcode()).communeCode(school.getCommuneCode())
                .communeName(school.getCommuneName()).priority(school.getPriority()).state(school.getState())
                .circonscriptionCode(school.getCirconscriptionCode()).email(school.getEmail()).phone(school.getPhone());
        ApiResponse<SchoolSummary> changed = staff.updateSchoolWithHttpInfo(uai, form.phone("04 67 00 00 01"), etag);
        assertThat(changed.getHeaders().get("etag").get(0), is(not(etag)));

        ApiException stale = assertThrows(ApiException.class, () -> staff.updateSchool(uai,
                form.phone("04 67 00 00 02"), etag));
        assertThat(stale.getCode(), is(412));
        assertThat(problem(stale).getCode(), is("concurrent.stale"));
        assertThat(staff.getSchool(uai).getPhone(), is("04 67 00 00 01"));
    }

    /** Each operation of a document as "METHOD path operationId". */
    private static Set<String> operations(JsonObject document) {
        Set<String> operations = new TreeSet<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (operation instanceof JsonObject described && described.containsKey("operationId")) {
                operations.add(method + " " + path + " " + described.getString("operationId"));
            }
        }));
        return operations;
    }

    @Test
    void theServerServesTheDocumentTheBuildValidatedAndItsRenderedView() throws IOException {
        byte[] built;
        try (InputStream in = ApiContractIT.class.getResourceAsStream("/META-INF/openapi.json")) {
            built = in.readAllBytes();
        }
        Api anonymous = api.anonymous();
        assertThat(anonymous.bytes("api/openapi.json"), is(built));

        JsonObject expected = Json.createReader(new StringReader(new String(built, StandardCharsets.UTF_8))).readObject();
        Api.Reply served = anonymous.get("/openapi?format=JSON");
        assertThat(served.status(), is(200));
        // Payara reads the file into its model and writes it again (a header gains its default style: simple),
        // so the served document is compared by what it says: the same operations, schemas, tags and description
        JsonObject byPayara = served.json();
        assertThat(operations(byPayara), is(operations(expected)));
        assertThat(byPayara.getJsonObject("components").getJsonObject("schemas").keySet(),
                is(expected.getJsonObject("components").getJsonObject("schemas").keySet()));
        assertThat(byPayara.get("tags"), is(expected.get("tags")));
        assertThat(byPayara.get("info"), is(expected.get("info")));

        Api.Reply page = anonymous.get("api-docs/index.html");
        assertThat(page.status(), is(200));
        assertThat(page.contentType(), startsWith("text/html"));
        assertThat(page.contentType(), containsString("UTF-8"));
        assertThat(page.body(), containsString("bookSession"));
        assertThat(page.body(), containsString("concurrent.stale"));
    }
}

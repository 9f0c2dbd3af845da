package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Licence seats on devices (equipment items) through the API: counted like the other targets and
 * never beyond the seats, even when many people assign at once; a retired device, another school's
 * or another city's device refused; the item lists the licences it holds; retiring the item (by its
 * status or an inventory file) gives its seats back in the same step (transferable or not), the
 * released seats keeping their record.
 */
class DeviceSeatsIT extends ApiTestBase {

    private static final String SCHOOL = LicencesIT.school(4);
    private static final String OTHER_SCHOOL = LicencesIT.school(5);
    private static final String VILLENEUVE_SCHOOL = LicencesIT.school(31);

    private Api staff() {
        return new Api(url).as("dsi", PASSWORD);
    }

    /** A new tablet in that school, created by that account; its id. */
    private long tablet(Api as, String uai) {
        Api.Reply created = as.postJson("api/equipment", """
                {"serialNumber":"SEAT-%d","schoolUai":"%s","type":"TABLET","brand":"Apple","model":"iPad",
                 "purchaseDate":"2025-09-01","price":400,"tneAmount":200}""".formatted(System.nanoTime(), uai));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private long licence(int seats, boolean transferable) {
        Api.Reply product = staff().postJson("api/licences/products", """
                {"name":"Appli tablette %d","kind":"SOFTWARE","publisher":"Éditeur"}""".formatted(System.nanoTime()));
        assertThat(product.body(), product.status(), is(201));
        Api.Reply created = staff().postJson("api/licences", """
                {"productId":%d,"kind":"PER_SEAT","seats":%d,"validFrom":"%s","validUntil":"%s","price":"1000.00",
                 "currency":"EUR","grantSource":"TNE","grantPercent":20,"transferable":%s,"renewal":"MANUAL",
                 "renewalMonths":12}""".formatted(product.json().getJsonNumber("id").longValue(), seats,
                LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(6), transferable));
        assertThat(created.body(), created.status(), is(201));
        return created.json().getJsonNumber("id").longValue();
    }

    private Api.Reply onDevice(Api as, long licence, long device, int seats) {
        return as.postJson("api/licences/" + licence + "/assignments",
                "{\"target\":\"DEVICE\",\"equipmentId\":" + device + ",\"seats\":" + seats + "}");
    }

    @Test
    void seatsOnDevicesCountLikeTheOtherTargetsAndNeverGoBeyondTheSeats() {
        long licence = licence(5, true);
        long first = tablet(staff(), SCHOOL);
        long second = tablet(staff(), SCHOOL);
        Api.Reply given = onDevice(staff(), licence, first, 3);
        assertThat(given.body(), given.status(), is(201));
        assertThat(given.json().getString("target"), is("DEVICE"));
        assertThat(given.json().getString("uai"), is(SCHOOL));
        assertThat(given.json().getJsonNumber("equipmentId").longValue(), is(first));
        assertThat(given.json().getString("deviceLabel"), containsString("SEAT-"));

        Api.Reply school = staff().postJson("api/licences/" + licence + "/assignments",
                "{\"uai\":\"" + SCHOOL + "\",\"target\":\"SCHOOL\",\"seats\":1}");
        assertThat(school.status(), is(201));
        Api.Reply over = onDevice(staff(), licence, second, 2);
        assertThat(over.body(), over.status(), is(409));
        assertThat(over.json().getString("code"), is("licence.seats.exceeded"));
        assertThat(onDevice(staff(), licence, second, 1).status(), is(201));

        JsonObject after = staff().get("api/licences/" + licence).json();
        assertThat(after.getInt("assignedSeats"), is(5));
        assertThat(after.getInt("freeSeats"), is(0));
        JsonArray assignments = staff().get("api/licences/" + licence + "/assignments").structure().asJsonArray();
        assertThat(assignments.size(), is(3));

        Api.Reply noDevice = staff().postJson("api/licences/" + licence + "/assignments",
                "{\"uai\":\"" + SCHOOL + "\",\"target\":\"DEVICE\",\"seats\":1}");
        assertThat(noDevice.status(), is(400));
        assertThat(noDevice.json().getString("code"), is("licence.assign.device.required"));
    }

    @Test
    void theItemListsItsLicencesPricesForCityStaffOnly() {
        long licence = licence(10, true);
        long device = tablet(staff(), SCHOOL);
        assertThat(onDevice(staff(), licence, device, 4).status(), is(201));

        JsonArray staffView = staff().get("api/equipment/" + device + "/licences").structure().asJsonArray();
        assertThat(staffView.size(), is(1));
        assertThat(staffView.getJsonObject(0).getInt("seats"), is(4));
        assertThat(staffView.getJsonObject(0).getJsonNumber("priceShare").bigDecimalValue().toPlainString(), is("400.00"));
        assertThat(staffView.getJsonObject(0).getJsonNumber("grantShare").bigDecimalValue().toPlainString(), is("80.00"));

        Api.Reply teacher = new Api(url).as("directrice", PASSWORD).get("api/equipment/" + device + "/licences");
        assertThat(teacher.body(), teacher.status(), is(200));
        JsonObject seen = teacher.structure().asJsonArray().getJsonObject(0);
        assertThat(seen.getInt("seats"), is(4));
        assertThat(seen.containsKey("priceShare"), is(false));
        assertThat(new Api(url).as("dsi.villeneuve", PASSWORD).get("api/equipment/" + device + "/licences").status(),
                is(404));
    }

    @Test
    void anotherCitysOrSchoolsOrARetiredDeviceIsRefused() {
        long licence = licence(10, true);
        long villeneuveDevice = tablet(new Api(url).as("dsi.villeneuve", PASSWORD), VILLENEUVE_SCHOOL);
        Api.Reply hidden = onDevice(staff(), licence, villeneuveDevice, 1);
        assertThat(hidden.body(), hidden.status(), is(404));
        Api.Reply otherCity = onDevice(new Api(url).as("admin", PASSWORD), licence, villeneuveDevice, 1);
        assertThat(otherCity.body(), otherCity.status(), is(400));
        assertThat(otherCity.json().getString("code"), is("licence.school.otherCity"));

        long device = tablet(staff(), SCHOOL);
        Api.Reply wrongSchool = staff().postJson("api/licences/" + licence + "/assignments",
                "{\"uai\":\"" + OTHER_SCHOOL + "\",\"target\":\"DEVICE\",\"equipmentId\":" + device + ",\"seats\":1}");
        assertThat(wrongSchool.status(), is(400));
        assertThat(wrongSchool.json().getString("code"), is("licence.assign.device.otherSchool"));

        assertThat(staff().putJson("api/equipment/" + device + "/status", "{\"status\":\"RETIRED\"}").status(), is(200));
        Api.Reply retired = staff().inLanguage("en").postJson("api/licences/" + licence + "/assignments",
                "{\"target\":\"DEVICE\",\"equipmentId\":" + device + ",\"seats\":1}");
        assertThat(retired.status(), is(400));
        assertThat(retired.json().getString("detail"), containsString("is retired"));
        assertThat(staff().get("api/licences/" + licence).json().getInt("assignedSeats"), is(0));
    }

    @Test
    void retiringADeviceGivesItsSeatsBackAndTheirRecordStays() {
        long transferable = licence(6, true);
        long fixed = licence(6, false);
        long device = tablet(staff(), SCHOOL);
        long kept = tablet(staff(), SCHOOL);
        assertThat(onDevice(staff(), transferable, device, 2).status(), is(201));
        assertThat(onDevice(staff(), transferable, kept, 1).status(), is(201));
        assertThat(onDevice(staff(), fixed, device, 3).status(), is(201));

        Api.Reply broken = staff().putJson("api/equipment/" + device + "/status", "{\"status\":\"BROKEN\"}");
        assertThat(broken.status(), is(200));
        assertThat(staff().get("api/licences/" + transferable).json().getInt("assignedSeats"), is(3));

        Api.Reply retired = staff().putJson("api/equipment/" + device + "/status", "{\"status\":\"RETIRED\"}");
        assertThat(retired.body(), retired.status(), is(200));
        assertThat(staff().get("api/licences/" + transferable).json().getInt("assignedSeats"), is(1));
        assertThat(staff().get("api/licences/" + fixed).json().getInt("assignedSeats"), is(0));
        List<JsonObject> records = staff().get("api/licences/" + fixed + "/assignments").structure().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertThat(records.size(), is(1));
        assertThat(records.get(0).getString("releasedAt"), notNullValue());
        assertThat(records.get(0).getJsonNumber("equipmentId").longValue(), is(device));
        assertThat(staff().get("api/equipment/" + device + "/licences").structure().asJsonArray().size(), is(0));
        assertThat(staff().get("api/equipment/" + kept + "/licences").structure().asJsonArray().size(), is(1));
    }

    @Test
    void anInventoryFileThatRetiresADeviceGivesItsSeatsBackToo() {
        long licence = licence(3, true);
        long device = tablet(staff(), SCHOOL);
        assertThat(onDevice(staff(), licence, device, 2).status(), is(201));
        String serial = staff().get("api/equipment/" + device).json().getString("serialNumber");
        String csv = "numero_serie;type;marque;modele;uai;salle;date_achat;prix;part_tne;fin_garantie;statut\r\n"
                + serial + ";TABLET;Apple;iPad;" + SCHOOL + ";;2025-09-01;400;200;;réformé\r\n";
        Api.Reply report = staff().post("api/equipment/import", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(report.body(), report.json().getInt("updated"), is(1));
        assertThat(staff().get("api/licences/" + licence).json().getInt("assignedSeats"), is(0));
    }

    @Test
    void manyPeopleGivingSeatsToDevicesAtOnceTakeExactlyTheFreeSeats() throws Exception {
        long licence = licence(4, true);
        int threads = 16;
        List<Long> devices = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            devices.add(tablet(staff(), SCHOOL));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Reply>> replies = new ArrayList<>();
        for (long device : devices) {
            Callable<Api.Reply> one = () -> {
                start.await();
                return onDevice(staff(), licence, device, 1);
            };
            replies.add(pool.submit(one));
        }
        start.countDown();
        int created = 0;
        for (Future<Api.Reply> reply : replies) {
            int status = reply.get().status();
            if (status == 201) {
                created++;
            } else {
                assertThat(reply.get().body(), status, is(409));
            }
        }
        pool.shutdown();
        assertThat(created, is(4));
        assertThat(staff().get("api/licences/" + licence).json().getInt("assignedSeats"), is(4));
    }
}

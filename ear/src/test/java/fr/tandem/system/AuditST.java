package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Physical audits by QR on a phone, and a school's page. City staff, in a 390 px window, open the
 * address a label's QR code holds (built as {@code EquipmentLabels.reportAddress} builds it: the
 * report page of the item) while a campaign expects the item: they get the audit form, confirm one
 * item, correct another's room, find a third by its serial number, and the campaign page shows the
 * progress; a teacher who scans a label of an audited item still gets the report page. The school's
 * page shows city staff, the inspector and the head teacher their sections. Every page passes axe and
 * fits a phone.
 */
class AuditST extends SystemTestBase {

    /** A demo school of Béziers that no other system test audits. */
    private static final String SCHOOL = "0349117A";
    /** The demo head teacher's school. */
    private static final String OWN_SCHOOL = "0349104L";

    private long item(String serial, String room) {
        HttpResponse<String> created = api.post("/api/equipment", DemoAccount.CITY_STAFF, "application/json", ("""
                {"serialNumber":"%s","schoolUai":"%s","type":"TABLET","brand":"Apple","room":"%s",
                 "purchaseDate":"2025-09-01","price":400,"tneAmount":200}""".formatted(serial, SCHOOL, room))
                .getBytes(StandardCharsets.UTF_8));
        assertThat(created.body(), created.statusCode(), is(201));
        return Api.json(created).getJsonNumber("id").longValue();
    }

    /** The address of the item's QR label: the report page of the item at Tandem's address. */
    private String labelAddress(long id) {
        return baseUrl + "/support/new.xhtml?equipment=" + id;
    }

    private void noBlockingViolation(String page) {
        List<Axe.Violation> blocking = Axe.scan(browser(), page).stream().filter(Axe.Violation::blocking).toList();
        assertThat(page + ": " + blocking, blocking.isEmpty(), is(true));
    }

    @Test
    void cityStaffScanLabelsOnAPhoneConfirmAndCorrect() {
        String token = String.valueOf(System.currentTimeMillis() % 1_000_000);
        long confirmed = item("AST-OK-" + token, "CP");
        long corrected = item("AST-FIX-" + token, "CE1");
        String third = "AST-SER-" + token;
        item(third, "CM1");
        HttpResponse<String> opened = api.post("/api/equipment/audits", DemoAccount.CITY_STAFF, "application/json",
                ("{\"name\":\"Inventaire ST " + token + "\",\"dueDate\":\"" + LocalDate.now().plusDays(10)
                        + "\",\"schoolUais\":[\"" + SCHOOL + "\"]}").getBytes(StandardCharsets.UTF_8));
        assertThat(opened.body(), opened.statusCode(), is(201));
        JsonObject campaign = Api.json(opened);
        long expected = campaign.getJsonNumber("expected").longValue();

        login(DemoAccount.CITY_STAFF);
        onPhone(() -> {
            browser().get(labelAddress(confirmed));
            waiting().until(ExpectedConditions.urlContains("/equipment/audit-scan.xhtml"));
            assertThat(textOf(By.id("scan-serial")), is("AST-OK-" + token));
            assertNoSidewaysScroll("the audit form");
            noBlockingViolation("dsi /equipment/audit-scan.xhtml");
            waitFor(By.id("scan-confirm")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                    "Matériel AST-OK-" + token + " inventorié."));

            browser().get(labelAddress(corrected));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-serial"), "AST-FIX-" + token));
            type(By.id("scan-room"), "Bibliothèque");
            waitFor(By.id("scan-confirm")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "corrigé"));
            waitFor(By.id("scan-next")).click();
            waiting().until(ExpectedConditions.urlContains("/equipment/audit.xhtml"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-total"), "2 / " + expected));
            assertThat(textOf(By.id("audit-corrections")), containsString("Bibliothèque"));
            assertNoSidewaysScroll("the campaign page");
            noBlockingViolation("dsi /equipment/audit.xhtml");

            type(By.id("audit-serial"), third.toLowerCase());
            waitFor(By.id("audit-scan")).click();
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("scan-serial"), third));
            return null;
        });
        JsonObject item = Api.json(api.get("/api/equipment/" + corrected, DemoAccount.CITY_STAFF));
        assertThat(item.getString("room"), is("Bibliothèque"));
        assertThat(api.get("/api/equipment/" + corrected + "/history", DemoAccount.CITY_STAFF).body(),
                containsString("MOVED"));
        logout();

        // a teacher who scans the label of an item the demo campaign expects still reports a problem
        long teachersItem = Api.json(api.get("/api/equipment?school=" + OWN_SCHOOL, DemoAccount.TEACHER))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        login(DemoAccount.TEACHER);
        browser().get(labelAddress(teachersItem));
        waitFor(By.id("report-equipment"));
        assertThat(browser().getCurrentUrl(), containsString("/support/new.xhtml"));
    }

    @Test
    void theSchoolPageShowsEachRoleItsSections() {
        login(DemoAccount.CITY_STAFF);
        open("/schools/school.xhtml?uai=" + OWN_SCHOOL);
        waitFor(By.id("school-identity"));
        assertThat(textOf(By.id("school-uai")), is(OWN_SCHOOL));
        assertThat(browser().findElements(By.id("school-audits")).size(), is(1));
        assertThat(browser().findElements(By.id("school-requests")).size(), is(1));
        assertThat(browser().findElements(By.id("school-loans")).size(), is(1));
        assertThat(browser().findElements(By.id("school-costs-chart")).size(), is(1));
        assertThat(browser().findElements(By.id("school-training-named")).size(), is(0));
        noBlockingViolation("dsi /schools/school.xhtml");
        onPhone(() -> {
            assertNoSidewaysScroll("the school page (city staff)");
            return null;
        });

        login(DemoAccount.INSPECTOR);
        open("/schools/school.xhtml?uai=" + OWN_SCHOOL);
        waitFor(By.id("school-training"));
        assertThat(browser().findElements(By.id("school-training-named")).size(), is(1));
        assertThat(browser().findElements(By.id("school-requests")).size(), is(0));
        assertThat(browser().findElements(By.id("school-audits")).size(), is(0));
        assertThat(browser().findElements(By.id("school-loans")).size(), is(1));
        assertThat(browser().findElements(By.id("school-costs")).size(), is(0));
        noBlockingViolation("ien /schools/school.xhtml");
        onPhone(() -> {
            assertNoSidewaysScroll("the school page (inspector)");
            return null;
        });

        login(DemoAccount.HEAD_TEACHER);
        open("/schools/list.xhtml");
        waitFor(By.cssSelector("a[href*='/schools/school.xhtml?uai=" + OWN_SCHOOL + "']")).click();
        waitFor(By.id("school-identity"));
        assertThat(browser().findElements(By.id("school-requests")).size(), is(1));
        assertThat(browser().findElements(By.id("school-audits")).size(), is(0));
        assertThat(browser().findElements(By.id("school-training-named")).size(), is(0));
        assertThat(browser().findElements(By.id("school-loans")).size(), is(1));
        assertThat(browser().findElements(By.id("school-costs")).size(), is(0));
        noBlockingViolation("directrice /schools/school.xhtml");
        onPhone(() -> {
            assertNoSidewaysScroll("the school page (head teacher)");
            return null;
        });
    }
}

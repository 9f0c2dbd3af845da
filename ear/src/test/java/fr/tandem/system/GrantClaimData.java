package fr.tandem.system;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Data of the digital plan made through its REST API as city staff of Béziers, for the tests of grant
 * claims: a plan with a TNE envelope at 70 %, and a delivered line of a demo school with two invoices
 * paid in spring 2026 (6 000 € and 5 000 €: 7 700 € to claim).
 */
final class GrantClaimData {

    /** The demo school the line is for. */
    static final String SCHOOL = "0349104L";

    private final Api api;
    final long plan;
    final String planTitle;
    final long line;

    private GrantClaimData(Api api, String label) {
        this.api = api;
        this.planTitle = "Plan des demandes " + System.nanoTime();
        this.plan = id(post("/api/plans", """
                {"title":"%s","firstYear":2024,"lastYear":2026,"envelopes":[{"programme":"TNE","rate":70,"amount":null}]}"""
                .formatted(planTitle)));
        this.line = id(post("/api/plans/" + plan + "/lines", """
                {"schoolUai":"%s","schoolYear":2025,"kind":"EQUIPMENT","equipmentType":"INTERACTIVE_SCREEN",
                 "label":"%s","quantity":4,"unitCost":3000,"programme":"TNE","grantRate":null}""".formatted(SCHOOL, label)));
        expect(post("/api/plans/" + plan + "/lines/" + line + "/state",
                "{\"state\":\"DELIVERED\",\"on\":\"2026-01-04\",\"reference\":\"BC-ST-" + line + "\"}"), 200);
        for (String[] invoice : new String[][] {{"F-ST-1", "6000", "2026-03-10"}, {"F-ST-2", "5000", "2026-04-20"}}) {
            expect(post("/api/plans/" + plan + "/lines/" + line + "/invoices", """
                    {"reference":"%s-%d","issuedOn":"2026-01-05","amount":%s,"paidOn":"%s"}"""
                    .formatted(invoice[0], line, invoice[1], invoice[2])), 201);
        }
    }

    /** A new plan with one paid line labelled so. */
    static GrantClaimData paidLine(Api api, String label) {
        return new GrantClaimData(api, label);
    }

    /** Makes the claim of the line (period January to June 2026) through the API; answers its id. */
    long claim() {
        return id(post("/api/grant-claims", """
                {"planId":%d,"programme":"TNE","from":"2026-01-01","to":"2026-06-30","lineIds":[%d]}"""
                .formatted(plan, line)));
    }

    private HttpResponse<String> post(String path, String json) {
        return api.post(path, DemoAccount.CITY_STAFF, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static long id(HttpResponse<String> created) {
        expect(created, 201);
        return Api.json(created).getJsonNumber("id").longValue();
    }

    private static void expect(HttpResponse<String> answer, int status) {
        assertThat(answer.body(), answer.statusCode(), is(status));
    }
}

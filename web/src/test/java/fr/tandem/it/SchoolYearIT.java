package fr.tandem.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The school-year rollover with a fixed clock: a teacher's year closes on 31 August with its quotité,
 * hours due and school; the new year starts at zero; a quotité change of the new year leaves the closed
 * one alone; a second run closes nothing; the teacher and their inspector of today read the past year,
 * others are refused. And the city's review of licences at the year's end.
 */
class SchoolYearIT extends ApiTestBase {

    private static final String LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final String NEW_PASSWORD = "Rentree-scolaire-2031";
    /** Béziers-Centre's first demo school and Béziers-Est's first, and Béziers-Est's code. */
    private static final String CENTRE_SCHOOL = uai(349101);
    private static final String EST_SCHOOL = uai(349102);
    private static final String EST = uai(341102);
    /** Monday 9 June 2031, 10:00 in Paris: the teacher arrives, books, and attends on Wednesday. */
    private static final Instant JUNE = Instant.parse("2031-06-09T08:00:00Z");
    /** 1 September 2031, 00:30 in Paris: the school year 2030-2031 has ended. */
    private static final Instant SEPTEMBER = Instant.parse("2031-08-31T22:30:00Z");

    private static String uai(int digits) {
        return String.format("%07d", digits) + LETTERS.charAt(digits % 23);
    }

    private Api admin() {
        return new Api(url).as("admin", PASSWORD);
    }

    private String account(String prefix, String roles, String place) {
        String username = prefix + "." + System.nanoTime() % 1_000_000;
        Api.Reply created = admin().postJson("api/accounts", """
                {"username":"%s","firstName":"Année","lastName":"Scolaire","email":"%s@mail.test","roles":[%s],
                 %s,"password":"%s"}""".formatted(username, username, roles, place, NEW_PASSWORD));
        assertThat(created.body(), created.status(), is(201));
        return username;
    }

    private void changeAccount(String username, String schoolUai, int percent) {
        Api.Reply changed = admin().putJson("api/accounts/" + username, """
                {"username":"%s","firstName":"Année","lastName":"Scolaire","email":"%s@mail.test","roles":["TEACHER"],
                 "schoolUai":"%s","workingTimePercent":%d}""".formatted(username, username, schoolUai, percent));
        assertThat(changed.body(), changed.status(), is(200));
    }

    private JsonObject rollover() {
        Api.Reply run = admin().post("api/school-years/rollover", "application/json", new byte[0]);
        assertThat(run.body(), run.status(), is(200));
        return run.json();
    }

    private static JsonObject year(List<JsonObject> years, int startYear) {
        return years.stream().filter(y -> y.getInt("startYear") == startYear).findFirst()
                .orElseThrow(() -> new AssertionError("no year " + startYear + " in " + years));
    }

    private static List<JsonObject> list(Api.Reply reply) {
        assertThat(reply.body(), reply.status(), is(200));
        return reply.structure().asJsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void aYearClosesOnceOnThirtyFirstAugustAndStaysReadable() {
        String teacherName;
        try (FixedClock clock = FixedClock.at(url, JUNE)) {
            teacherName = account("annee", "\"TEACHER\"", "\"schoolUai\":\"" + CENTRE_SCHOOL
                    + "\",\"workingTimePercent\":75");
            Api teacher = new Api(url).as(teacherName, NEW_PASSWORD);
            long offer = offer("Bilan de l'année " + System.nanoTime(), "DEPARTEMENTALE", "PRESENTIEL", 180,
                    JUNE.minus(Duration.ofDays(1)), JUNE.plus(Duration.ofDays(1)), "");
            long session = session(offer, JUNE.plus(Duration.ofDays(2)).minus(Duration.ofHours(1)), Duration.ofHours(3),
                    10, "");
            publish(offer);
            Api.Reply booked = teacher.send("PUT", "api/training/sessions/" + session + "/booking");
            assertThat(booked.body(), booked.status(), is(200));
            clock.move(JUNE.plus(Duration.ofDays(2)));
            Api.Reply present = new Api(url).as("ien", PASSWORD).putJson("api/training/sessions/" + session
                    + "/attendance/" + teacherName, "{\"attendance\":\"PRESENT\"}");
            assertThat(present.body(), present.status(), is(200));
            JsonObject june = teacher.get("api/training/my-hours").json();
            assertThat(june.getString("schoolYear"), is("2030-2031"));
            assertThat(june.getInt("minutesDone"), is(180));
            assertThat(june.getInt("minutesDue"), is(810));

            clock.move(SEPTEMBER);
            JsonObject first = rollover();
            assertThat(first.getString("currentYear"), is("2031-2032"));
            assertThat(first.getInt("yearsClosed"), greaterThanOrEqualTo(1));
            assertThat(rollover().getInt("yearsClosed"), is(0));

            JsonObject now = teacher.get("api/training/my-hours").json();
            assertThat(now.getString("schoolYear"), is("2031-2032"));
            assertThat(now.getInt("minutesDone"), is(0));
            assertThat(now.getInt("workingTimePercent"), is(75));
            JsonObject past = teacher.get("api/training/my-hours?year=2030").json();
            assertThat(past.getString("schoolYear"), is("2030-2031"));
            assertThat(past.getInt("minutesDone"), is(180));
            assertThat(past.getInt("minutesDue"), is(810));

            PageBrowser browser = new PageBrowser(url);
            assertThat(browser.login(teacherName, NEW_PASSWORD).statusCode(), is(302));
            String page = browser.get("training/catalogue.xhtml").body();
            assertThat(page, containsString("Mes années scolaires"));
            assertThat(page, containsString("2030-2031"));
            assertThat(page, containsString("Close le 31 août"));

            List<JsonObject> years = list(teacher.get("api/training/my-years"));
            assertThat(years.toString(), years, hasSize(2));
            assertThat(years.get(0).getInt("startYear"), is(2031));
            assertThat(years.get(0).getBoolean("current"), is(true));
            assertThat(years.get(0).getBoolean("closed"), is(false));
            JsonObject closed = year(years, 2030);
            assertThat(closed.getBoolean("closed"), is(true));
            assertThat(closed.getInt("workingTimePercent"), is(75));
            assertThat(closed.getInt("minutesDone"), is(180));
            assertThat(closed.getString("schoolUai"), is(CENTRE_SCHOOL));
            String closedAt = closed.getString("closedAt");

            // the new year's quotité changes; the closed year keeps its own, and a run again closes nothing
            changeAccount(teacherName, CENTRE_SCHOOL, 50);
            assertThat(teacher.get("api/training/my-hours").json().getInt("minutesDue"), is(540));
            assertThat(teacher.get("api/training/my-hours?year=2030").json().getInt("minutesDue"), is(810));
            assertThat(rollover().getInt("yearsClosed"), is(0));
            assertThat(year(list(teacher.get("api/training/my-years")), 2030).getString("closedAt"), is(closedAt));

            // the inspector of the circonscription reads the past year
            Api ien = new Api(url).as("ien", PASSWORD);
            JsonObject listed = list(ien.get("api/training/hours?year=2030")).stream()
                    .filter(t -> t.getString("username").equals(teacherName)).findFirst().orElseThrow();
            assertThat(listed.getJsonObject("hours").getInt("minutesDone"), is(180));
            assertThat(listed.getJsonObject("hours").getInt("minutesDue"), is(810));
            assertThat(listed.getJsonObject("hours").getInt("workingTimePercent"), is(75));
            assertThat(year(list(ien.get("api/training/hours/" + teacherName + "/years")), 2030)
                    .getInt("minutesDone"), is(180));
            PageBrowser inspector = new PageBrowser(url);
            assertThat(inspector.login("ien", PASSWORD).statusCode(), is(302));
            HttpResponse<String> follow = inspector.get("training/hours.xhtml");
            assertThat(follow.statusCode(), is(200));
            assertThat(follow.body(), containsString("id=\"hours-year\""));
            assertThat(follow.body(), containsString("2030-2031"));
            Api.Reply csv = ien.get("api/training/hours.csv?year=2030");
            assertThat(csv.status(), is(200));
            assertThat(csv.body(), containsString("2030-2031"));
            assertThat(csv.body(), containsString("Scolaire;Année;75;13,50;3,00;"));

            // an attendance corrected after the close counts for the year it belongs to, not the new one
            String attendance = "api/training/sessions/" + session + "/attendance/" + teacherName;
            assertThat(ien.putJson(attendance, "{\"attendance\":\"ABSENT\"}").status(), is(200));
            assertThat(teacher.get("api/training/my-hours?year=2030").json().getInt("minutesDone"), is(0));
            assertThat(ien.putJson(attendance, "{\"attendance\":\"PRESENT\"}").status(), is(200));
            assertThat(teacher.get("api/training/my-hours?year=2030").json().getInt("minutesDone"), is(180));
            assertThat(teacher.get("api/training/my-hours").json().getInt("minutesDone"), is(0));

            // another circonscription's inspector is refused; once the teacher moves there, it reads the years
            String otherIen = account("ien.est", "\"INSPECTOR\"", "\"circonscriptionCode\":\"" + EST + "\"");
            Api est = new Api(url).as(otherIen, NEW_PASSWORD);
            assertThat(est.get("api/training/hours/" + teacherName + "/years").status(), is(404));
            assertThat(list(est.get("api/training/hours?year=2030")).stream()
                    .noneMatch(t -> t.getString("username").equals(teacherName)), is(true));
            changeAccount(teacherName, EST_SCHOOL, 50);
            JsonObject moved = year(list(est.get("api/training/hours/" + teacherName + "/years")), 2030);
            assertThat(moved.getInt("minutesDone"), is(180));
            assertThat(moved.getInt("minutesDue"), is(810));
            assertThat(moved.getString("schoolUai"), is(CENTRE_SCHOOL));
            assertThat(year(list(teacher.get("api/training/my-years")), 2030).getInt("minutesDone"), is(180));
            assertThat(ien.get("api/training/hours/" + teacherName + "/years").status(), is(404));

            // a teacher reads only their own history; a year not started is refused with a reason
            assertThat(teacher.get("api/training/hours/enseignant/years").status(), is(403));
            assertThat(new Api(url).as("enseignant", PASSWORD).get("api/training/hours/" + teacherName + "/years")
                    .status(), is(403));
            Api.Reply future = teacher.get("api/training/my-hours?year=2040");
            assertThat(future.status(), is(400));
            assertThat(future.json().getString("code"), is("schoolYear.notStarted"));
        }
    }

    @Test
    void onlyAdministratorsRunTheRollover() {
        for (String who : List.of("dsi", "ien", "enseignant", "directrice", "elue")) {
            assertThat(who, new Api(url).as(who, PASSWORD).post("api/school-years/rollover", "application/json",
                    new byte[0]).status(), is(403));
        }
        assertThat(new Api(url).post("api/school-years/rollover", "application/json", new byte[0]).status(), is(401));
    }

    @Test
    void theCityReviewsClassSeatsAndLicencesEndingWithTheYear() {
        Api staff = new Api(url).as("dsi", PASSWORD);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        LocalDate yearEnd = LocalDate.of(today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear(), 8, 31);
        String productName = "Ressource de fin d'année " + System.nanoTime();
        Api.Reply product = staff.postJson("api/licences/products", """
                {"name":"%s","kind":"SOFTWARE","publisher":"Éditeur"}""".formatted(productName));
        assertThat(product.body(), product.status(), is(201));
        Api.Reply licence = staff.postJson("api/licences", """
                {"productId":%d,"kind":"PER_SEAT","seats":20,"validFrom":"%s","validUntil":"%s","price":"100.00",
                 "currency":"EUR","transferable":true,"renewal":"AUTOMATIC","renewalMonths":12}"""
                .formatted(product.json().getJsonNumber("id").longValue(), today.minusDays(30), yearEnd.minusDays(15)));
        assertThat(licence.body(), licence.status(), is(201));
        long licenceId = licence.json().getJsonNumber("id").longValue();
        Api.Reply toClass = staff.postJson("api/licences/" + licenceId + "/assignments",
                "{\"uai\":\"" + CENTRE_SCHOOL + "\",\"target\":\"CLASS\",\"className\":\"=CM2 <b>A</b>\",\"seats\":3}");
        assertThat(toClass.body(), toClass.status(), is(201));
        long classSeats = toClass.json().getJsonNumber("id").longValue();
        Api.Reply toSchool = staff.postJson("api/licences/" + licenceId + "/assignments",
                "{\"uai\":\"" + CENTRE_SCHOOL + "\",\"target\":\"SCHOOL\",\"seats\":2}");
        long schoolSeats = toSchool.json().getJsonNumber("id").longValue();

        JsonObject review = staff.get("api/licences/rollover").json();
        assertThat(review.getString("yearEnd"), is(yearEnd.toString()));
        JsonObject listed = review.getJsonArray("classAssignments").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == classSeats).findFirst().orElseThrow();
        assertThat(listed.getString("className"), is("=CM2 <b>A</b>"));
        assertThat(review.getJsonArray("classAssignments").getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getJsonNumber("id").longValue() == schoolSeats), is(true));
        JsonObject ending = review.getJsonArray("endingLicences").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getJsonNumber("id").longValue() == licenceId).findFirst().orElseThrow();
        assertThat(ending.getString("renewal"), is("AUTOMATIC"));

        Api.Reply csv = staff.get("api/licences/rollover/export.csv");
        assertThat(csv.status(), is(200));
        assertThat(csv.body().startsWith("\uFEFFÀ revoir;Licence;Produit;"), is(true));
        assertThat(csv.body(), containsString(";'=CM2 <b>A</b>;3;"));
        assertThat(csv.body(), containsString(productName + ";;;;20;" + yearEnd.minusDays(15) + ";Automatique"));

        PageBrowser browser = new PageBrowser(url);
        assertThat(browser.login("dsi", PASSWORD).statusCode(), is(302));
        HttpResponse<String> page = browser.get("licences/rollover.xhtml");
        assertThat(page.statusCode(), is(200));
        assertThat(page.body(), containsString("=CM2 &lt;b&gt;A&lt;/b&gt;"));
        assertThat(page.body(), not(containsString("<b>A</b>")));
        assertThat(page.body(), containsString(productName.substring(productName.indexOf("année"))));
        PageBrowser teacherBrowser = new PageBrowser(url);
        assertThat(teacherBrowser.login("enseignant", PASSWORD).statusCode(), is(302));
        assertThat(teacherBrowser.get("licences/rollover.xhtml").statusCode(), is(403));

        String path = "api/licences/rollover/assignments/";
        Api.Reply renamed = staff.putJson(path + classSeats + "/class", "{\"className\":\"CM1 B\"}");
        assertThat(renamed.body(), renamed.status(), is(200));
        assertThat(renamed.json().getString("className"), is("CM1 B"));
        assertThat(renamed.json().getInt("seats"), is(3));
        Api.Reply blank = staff.putJson(path + classSeats + "/class", "{\"className\":\"  \"}");
        assertThat(blank.status(), is(400));
        assertThat(blank.json().getString("code"), is("licence.assign.class.required"));
        Api.Reply notClass = staff.post(path + schoolSeats + "/release", "application/json", new byte[0]);
        assertThat(notClass.status(), is(400));
        assertThat(notClass.json().getString("code"), is("licence.assignment.notClass"));
        assertThat(staff.post(path + "999999999/release", "application/json", new byte[0]).status(), is(404));
        Api.Reply audit = admin().get("api/audit?size=100&type=Assignment&id=" + classSeats);
        assertThat(audit.body(), audit.status(), is(200));
        assertThat(audit.body(), containsString("CM1 B"));

        // another city's employee neither sees Béziers' seats and licences nor changes them
        Api neighbour = new Api(url).as("dsi.villeneuve", PASSWORD);
        JsonObject theirs = neighbour.get("api/licences/rollover").json();
        assertThat(theirs.getJsonArray("classAssignments").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue()).toList(), not(org.hamcrest.Matchers.hasItem(classSeats)));
        assertThat(theirs.getJsonArray("endingLicences").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getJsonNumber("id").longValue()).toList(), not(org.hamcrest.Matchers.hasItem(licenceId)));
        assertThat(neighbour.get("api/licences/rollover/export.csv").body(), not(containsString(productName)));
        assertThat(neighbour.post(path + classSeats + "/release", "application/json", new byte[0]).status(), is(404));
        assertThat(neighbour.putJson(path + classSeats + "/class", "{\"className\":\"X\"}").status(), is(404));

        for (String who : List.of("enseignant", "directrice", "ien", "elue")) {
            Api other = new Api(url).as(who, PASSWORD);
            assertThat(who, other.get("api/licences/rollover").status(), is(403));
            assertThat(who, other.get("api/licences/rollover/export.csv").status(), is(403));
            assertThat(who, other.post(path + classSeats + "/release", "application/json", new byte[0]).status(),
                    is(403));
            assertThat(who, other.putJson(path + classSeats + "/class", "{\"className\":\"X\"}").status(), is(403));
        }

        Api.Reply released = new Api(url).as("admin", PASSWORD).post(path + classSeats + "/release",
                "application/json", new byte[0]);
        assertThat(released.body(), released.status(), is(200));
        assertThat(released.json().containsKey("releasedAt"), is(true));
        assertThat(staff.get("api/licences/rollover").json().getJsonArray("classAssignments")
                .getValuesAs(JsonObject.class).stream().map(a -> a.getJsonNumber("id").longValue()).toList(),
                not(org.hamcrest.Matchers.hasItem(classSeats)));
        Api.Reply twice = staff.post(path + classSeats + "/release", "application/json", new byte[0]);
        assertThat(twice.status(), is(400));
        assertThat(twice.json().getString("code"), is("licence.assignment.notActive"));
    }
}

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking rush against a running Tandem: many teachers book the same few sessions at once through
 * the REST API (personal API tokens, Bearer), then the enrolments are read back and checked.
 * Standard library only: {@code java bench/Rush.java <command> [key=value...]}.
 *
 * <pre>
 * tokens   url= teachers=40 file=bench/target/tokens.txt      one API token per teacher (Basic once)
 * rush     url= teachers=40 sessions=10 capacity=10 tokens= acks=FILE label= day0=30
 *          creates a published départementale offer with `sessions` sessions on days day0, day0+1... as ien
 *          (give each run its own days: a teacher cannot hold two sessions at the same time),
 *          then every teacher books every session (own order, shuffled) from its own thread;
 *          prints bookings/s and latency percentiles, writes every booking acknowledged to the
 *          client (HTTP 200 with myStatus) to `acks`, then verifies the enrolments
 * verify   url= acks=FILE sessions=ID,ID,... capacity=10       the checks alone (after a crash)
 * rush-set url= teachers=40 capacities=5,3,4 tokens= acks=FILE label= day0=30
 *          creates a published départementale offer taken together (a parcours) with one session per
 *          capacity, a week apart from day0, then every teacher books the whole set in one request
 *          (PUT offers/{id}/booking) from its own thread; prints sets/s and latency percentiles, then
 *          verifies that every session seats the same teachers (as many as the smallest capacity
 *          allows) and waits the others in the same order
 * verify-set url= acks=FILE sessions=ID,ID,... capacities=5,3,4 the set checks alone
 * </pre>
 */
public class Rush {

    static final String PASSWORD = "Tandem-2026";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static Map<String, String> opts = new HashMap<>();

    public static void main(String[] args) throws Exception {
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            opts.put(kv[0], kv[1]);
        }
        switch (args[0]) {
            case "tokens" -> tokens();
            case "rush" -> rush();
            case "verify" -> {
                List<Long> ids = new ArrayList<>();
                for (String id : opt("sessions", "").split(",")) {
                    ids.add(Long.parseLong(id));
                }
                System.exit(verify(ids, Integer.parseInt(opt("capacity", "10")), Path.of(opt("acks", "bench/target/acks.txt"))) ? 0 : 1);
            }
            case "rush-set" -> rushSet();
            case "verify-set" -> {
                List<Long> ids = new ArrayList<>();
                for (String id : opt("sessions", "").split(",")) {
                    ids.add(Long.parseLong(id));
                }
                System.exit(verifySet(ids, capacities(), Path.of(opt("acks", "bench/target/acks-set.txt"))) ? 0 : 1);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String opt(String key, String fallback) {
        return opts.getOrDefault(key, fallback);
    }

    static String url() {
        // the bench server's HTTP port: BENCH_PORT_BASE (24000, as bench/server.sh) + 80
        String base = System.getenv().getOrDefault("BENCH_PORT_BASE", "24000");
        return opt("url", "http://localhost:" + (Integer.parseInt(base) + 80) + "/");
    }

    static String teacher(int i) {
        return String.format("enseignant%02d", i);
    }

    static HttpResponse<String> send(String method, String path, String auth, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", auth)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String inspector;

    /**
     * The inspector's credentials: an API token made with HTTP Basic on first use, so that the
     * PBKDF2 hash of a password login is not counted again on every call of the run.
     */
    static String inspector() throws Exception {
        if (inspector == null) {
            inspector = "Bearer " + field(expect(201, send("POST", "api/me/tokens", basic("ien"),
                    "{\"label\":\"bench inspector\"}")).body(), "secret");
        }
        return inspector;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> reply) {
        if (reply.statusCode() != status) {
            throw new IllegalStateException(reply.request().method() + " " + reply.uri() + " answered "
                    + reply.statusCode() + ": " + reply.body());
        }
        return reply;
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|([-0-9.]+|true|false|null))").matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    static void tokens() throws Exception {
        int teachers = Integer.parseInt(opt("teachers", "40"));
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= teachers; i++) {
            String body = expect(201, send("POST", "api/me/tokens", basic(teacher(i)), "{\"label\":\"bench\"}")).body();
            lines.add(teacher(i) + " " + field(body, "secret"));
        }
        Files.write(Path.of(opt("file", "bench/target/tokens.txt")), lines);
        System.out.println(teachers + " tokens written to " + opt("file", "bench/target/tokens.txt"));
    }

    static Map<String, String> readTokens() throws IOException {
        Map<String, String> tokens = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(opt("tokens", "bench/target/tokens.txt")))) {
            String[] parts = line.split(" ");
            tokens.put(parts[0], parts[1]);
        }
        return tokens;
    }

    record Result(String teacher, long session, long nanos, int status, String myStatus) {
    }

    static void rush() throws Exception {
        int sessions = Integer.parseInt(opt("sessions", "10"));
        int capacity = Integer.parseInt(opt("capacity", "10"));
        Map<String, String> tokens = readTokens();
        int teachers = Math.min(Integer.parseInt(opt("teachers", "40")), tokens.size());
        Path acks = Path.of(opt("acks", "bench/target/acks.txt"));

        // the offer and its sessions, as the demo inspector
        Instant now = Instant.now();
        String offer = """
                {"title":"Rush %s","description":"Bench","topic":"ENI","category":"DEPARTEMENTALE","nature":"FORMATION_CONTINUE",
                 "modality":"PRESENTIEL","minutesCredited":180,"enrolmentOpens":"%s","enrolmentCloses":"%s"}"""
                .formatted(now, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)));
        long offerId = Long.parseLong(field(expect(201, send("POST", "api/training/offers", inspector(), offer)).body(), "id"));
        List<Long> ids = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            Instant start = now.plus(Duration.ofDays(Integer.parseInt(opt("day0", "30")) + s));
            String session = "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"place\":\"Salle du rush\",\"capacity\":%d}"
                    .formatted(start, start.plus(Duration.ofHours(3)), capacity);
            ids.add(Long.parseLong(field(expect(201, send("POST", "api/training/offers/" + offerId + "/sessions",
                    inspector(), session)).body(), "sessionId")));
        }
        expect(200, send("POST", "api/training/offers/" + offerId + "/publication", inspector(), null));
        System.out.println("offer " + offerId + ", sessions " + ids.toString().replace(" ", ""));
        Files.writeString(acks.resolveSibling(acks.getFileName() + ".sessions"),
                String.join(",", ids.stream().map(String::valueOf).toList()) + "\n");

        List<Result> results = new CopyOnWriteArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<String> names = new ArrayList<>(tokens.keySet()).subList(0, teachers);
        try (PrintWriter ackOut = new PrintWriter(Files.newBufferedWriter(acks))) {
            for (String name : names) {
                String bearer = "Bearer " + tokens.get(name);
                List<Long> order = new ArrayList<>(ids);
                Collections.shuffle(order, new Random(name.hashCode()));
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (long id : order) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = send("PUT", "api/training/sessions/" + id + "/booking", bearer, null);
                            long took = System.nanoTime() - t0;
                            String my = r.statusCode() == 200 ? field(r.body(), "myStatus") : null;
                            if (my != null) {
                                synchronized (ackOut) {
                                    ackOut.println(name + " " + id + " " + my);
                                    ackOut.flush();
                                }
                            }
                            results.add(new Result(name, id, took, r.statusCode(), my));
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                            results.add(new Result(name, id, System.nanoTime() - t0, 0, null));
                        }
                    }
                });
                t.start();
                threads.add(t);
            }
            long begin = System.nanoTime();
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            List<Long> ok = results.stream().filter(r -> r.status() == 200).map(Result::nanos).sorted().toList();
            Map<String, Long> statuses = new TreeMap<>();
            results.forEach(r -> statuses.merge(r.status() + "/" + r.myStatus(), 1L, Long::sum));
            System.out.printf("RUSH %s clients=%d sessions=%d capacity=%d requests=%d ok=%d errors=%d in %.2f s: %.1f bookings/s, "
                            + "p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; statuses %s; load %s%n",
                    opt("label", ""), teachers, sessions, capacity, results.size(), ok.size(), errors.get(), seconds,
                    ok.size() / seconds, pct(ok, 50), pct(ok, 95), pct(ok, 99), pct(ok, 100), statuses,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
        if (!verify(ids, capacity, acks)) {
            System.exit(1);
        }
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    record Line(String username, String status, Instant requestedAt, Integer position) {
    }

    /** Reads the enrolments back as the inspector and checks capacity, waiting order and acknowledged bookings. */
    static boolean verify(List<Long> ids, int capacity, Path acks) throws Exception {
        boolean good = true;
        Map<String, String> byKey = new ConcurrentHashMap<>();
        int total = 0;
        for (long id : ids) {
            String body = expect(200, send("GET", "api/training/sessions/" + id + "/enrolments", inspector(), null)).body();
            List<Line> lines = new ArrayList<>();
            Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(body);
            while (m.find()) {
                String o = m.group();
                String pos = field(o, "waitlistPosition");
                lines.add(new Line(field(o, "username"), field(o, "status"), Instant.parse(field(o, "requestedAt")),
                        pos == null || pos.equals("null") ? null : Integer.valueOf(pos)));
            }
            lines.forEach(l -> byKey.put(l.username() + " " + id, l.status()));
            List<Line> confirmed = lines.stream().filter(l -> l.status().equals("CONFIRMED")).toList();
            List<Line> waiting = lines.stream().filter(l -> l.status().equals("WAITLISTED"))
                    .sorted((a, b) -> a.position().compareTo(b.position())).toList();
            total += confirmed.size() + waiting.size();
            boolean full = confirmed.size() == Math.min(capacity, confirmed.size() + waiting.size());
            boolean positions = true;
            for (int i = 0; i < waiting.size(); i++) {
                positions &= waiting.get(i).position() == i + 1;
                if (i > 0) {
                    positions &= !waiting.get(i).requestedAt().isBefore(waiting.get(i - 1).requestedAt());
                }
            }
            Instant lastSeat = confirmed.stream().map(Line::requestedAt).max(Instant::compareTo).orElse(Instant.MIN);
            boolean afterSeats = waiting.stream().noneMatch(w -> w.requestedAt().isBefore(lastSeat));
            boolean ok = confirmed.size() <= capacity && full && positions && afterSeats;
            good &= ok;
            if (!ok) {
                System.out.printf("VERIFY session %d FAILED: confirmed %d (capacity %d), waiting %d, positions in order %s, waiting after seats %s%n",
                        id, confirmed.size(), capacity, waiting.size(), positions, afterSeats);
            }
        }
        int acked = 0;
        int missing = 0;
        for (String line : Files.readAllLines(acks)) {
            String[] p = line.split(" ");
            acked++;
            if (!byKey.containsKey(p[0] + " " + p[1])) {
                missing++;
                System.out.println("VERIFY acknowledged but not in the database: " + line);
            }
        }
        good &= missing == 0;
        System.out.printf("VERIFY %s: %d sessions, %d bookings in the database, %d acknowledged to clients, %d of them missing; "
                        + "confirmed <= capacity, seats filled before anyone waits, waiting line 1..n in arrival order: %s%n",
                good ? "OK" : "FAILED", ids.size(), total, acked, missing, good ? "yes" : "NO");
        return good;
    }

    static List<Integer> capacities() {
        List<Integer> capacities = new ArrayList<>();
        for (String c : opt("capacities", "5,3,4").split(",")) {
            capacities.add(Integer.parseInt(c));
        }
        return capacities;
    }

    /** Every teacher books a whole set (an offer taken together) in one request, all at once. */
    static void rushSet() throws Exception {
        List<Integer> capacities = capacities();
        Map<String, String> tokens = readTokens();
        int teachers = Math.min(Integer.parseInt(opt("teachers", "40")), tokens.size());
        Path acks = Path.of(opt("acks", "bench/target/acks-set.txt"));

        Instant now = Instant.now();
        String offer = """
                {"title":"Rush parcours %s","description":"Bench","topic":"ENI","category":"DEPARTEMENTALE",
                 "nature":"FORMATION_CONTINUE","modality":"PRESENTIEL","minutesCredited":540,"enrolmentOpens":"%s",
                 "enrolmentCloses":"%s","takenTogether":true}"""
                .formatted(now, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(20)));
        long offerId = Long.parseLong(field(expect(201, send("POST", "api/training/offers", inspector(), offer)).body(), "id"));
        List<Long> ids = new ArrayList<>();
        for (int s = 0; s < capacities.size(); s++) {
            Instant start = now.plus(Duration.ofDays(Integer.parseInt(opt("day0", "30")) + 7L * s));
            String session = "{\"startsAt\":\"%s\",\"endsAt\":\"%s\",\"place\":\"Salle du rush\",\"capacity\":%d}"
                    .formatted(start, start.plus(Duration.ofHours(3)), capacities.get(s));
            ids.add(Long.parseLong(field(expect(201, send("POST", "api/training/offers/" + offerId + "/sessions",
                    inspector(), session)).body(), "sessionId")));
        }
        expect(200, send("POST", "api/training/offers/" + offerId + "/publication", inspector(), null));
        System.out.println("offer " + offerId + " (taken together), sessions " + ids.toString().replace(" ", ""));

        List<Result> results = new CopyOnWriteArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        try (PrintWriter ackOut = new PrintWriter(Files.newBufferedWriter(acks))) {
            for (String name : new ArrayList<>(tokens.keySet()).subList(0, teachers)) {
                String bearer = "Bearer " + tokens.get(name);
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = send("PUT", "api/training/offers/" + offerId + "/booking", bearer, null);
                        String my = r.statusCode() == 200 ? field(r.body(), "myStatus") : null;
                        if (my != null) {
                            synchronized (ackOut) {
                                ackOut.println(name + " " + my);
                                ackOut.flush();
                            }
                        }
                        results.add(new Result(name, offerId, System.nanoTime() - t0, r.statusCode(), my));
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                        results.add(new Result(name, offerId, System.nanoTime() - t0, 0, null));
                    }
                });
                t.start();
                threads.add(t);
            }
            long begin = System.nanoTime();
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - begin) / 1e9;
            List<Long> ok = results.stream().filter(r -> r.status() == 200).map(Result::nanos).sorted().toList();
            Map<String, Long> statuses = new TreeMap<>();
            results.forEach(r -> statuses.merge(r.status() + "/" + r.myStatus(), 1L, Long::sum));
            System.out.printf("RUSH-SET %s clients=%d sessions=%d capacities=%s requests=%d ok=%d errors=%d in %.2f s: "
                            + "%.1f sets/s, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; statuses %s; load %s%n",
                    opt("label", ""), teachers, ids.size(), capacities, results.size(), ok.size(), errors.get(), seconds,
                    ok.size() / seconds, pct(ok, 50), pct(ok, 95), pct(ok, 99), pct(ok, 100), statuses,
                    Files.readString(Path.of("/proc/loadavg")).trim());
        }
        if (!verifySet(ids, capacities, acks)) {
            System.exit(1);
        }
    }

    /**
     * Whole sets only: every session seats the same teachers, no more than the smallest capacity
     * and as many as it allows, waits the same others in the same order 1..n, and every booking
     * acknowledged to a client stands in every session.
     */
    static boolean verifySet(List<Long> ids, List<Integer> capacities, Path acks) throws Exception {
        List<List<String>> seated = new ArrayList<>();
        List<List<String>> lines = new ArrayList<>();
        boolean positions = true;
        for (long id : ids) {
            String body = expect(200, send("GET", "api/training/sessions/" + id + "/enrolments", inspector(), null)).body();
            List<Line> all = new ArrayList<>();
            Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(body);
            while (m.find()) {
                String o = m.group();
                String pos = field(o, "waitlistPosition");
                all.add(new Line(field(o, "username"), field(o, "status"), Instant.parse(field(o, "requestedAt")),
                        pos == null || pos.equals("null") ? null : Integer.valueOf(pos)));
            }
            seated.add(all.stream().filter(l -> l.status().equals("CONFIRMED")).map(Line::username).sorted().toList());
            List<Line> waiting = all.stream().filter(l -> l.status().equals("WAITLISTED"))
                    .sorted((a, b) -> a.position().compareTo(b.position())).toList();
            for (int i = 0; i < waiting.size(); i++) {
                positions &= waiting.get(i).position() == i + 1;
            }
            lines.add(waiting.stream().map(Line::username).toList());
        }
        int smallest = capacities.stream().mapToInt(Integer::intValue).min().orElse(0);
        int enrolled = seated.get(0).size() + lines.get(0).size();
        boolean sameSeats = seated.stream().allMatch(seated.get(0)::equals);
        boolean sameLine = lines.stream().allMatch(lines.get(0)::equals);
        boolean full = seated.get(0).size() == Math.min(smallest, enrolled);
        int acked = 0;
        int missing = 0;
        for (String line : Files.readAllLines(acks)) {
            String teacher = line.split(" ")[0];
            acked++;
            if (!seated.get(0).contains(teacher) && !lines.get(0).contains(teacher)) {
                missing++;
                System.out.println("VERIFY-SET acknowledged but not in the database: " + line);
            }
        }
        boolean good = sameSeats && sameLine && full && positions && missing == 0;
        System.out.printf("VERIFY-SET %s: %d sessions (capacities %s), %d seated in each (same teachers: %s), %d waiting "
                        + "(same line in every session: %s, positions 1..n: %s), %d acknowledged, %d of them missing%n",
                good ? "OK" : "FAILED", ids.size(), capacities, seated.get(0).size(), sameSeats, lines.get(0).size(),
                sameLine, positions, acked, missing);
        return good;
    }
}

package fr.tandem.plan.control;

import fr.tandem.plan.ClaimedInvoice;
import fr.tandem.plan.GrantClaim;
import fr.tandem.plan.GrantClaimLine;
import fr.tandem.plan.model.ClaimDetail;
import fr.tandem.plan.model.ClaimInvoice;
import fr.tandem.plan.model.ClaimLineSummary;
import fr.tandem.plan.model.ClaimSummary;
import fr.tandem.plan.model.ClaimTotal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Grant claims as callers read them, from the claim's snapshot only (never from the live lines). */
public final class ClaimViews {

    private ClaimViews() {
    }

    public static ClaimSummary summary(GrantClaim claim) {
        return new ClaimSummary(claim.id(), claim.reference(), claim.plan().id(), claim.plan().title(),
                claim.programme(), claim.periodFrom(), claim.periodTo(), claim.madeAt(), claim.status(),
                claim.lines().size(), claim.amountClaimed(), claim.amountReceived());
    }

    /** The claim with its lines and totals; {@code manageable}: whether the caller may cancel it or record its payment. */
    public static ClaimDetail detail(GrantClaim claim, boolean manageable) {
        List<ClaimLineSummary> lines = claim.lines().stream().map(ClaimViews::line).toList();
        return new ClaimDetail(claim.id(), claim.reference(), claim.city().name(), claim.plan().id(),
                claim.plan().title(), claim.programme(), claim.periodFrom(), claim.periodTo(), claim.madeAt(),
                claim.madeBy(), claim.status(), claim.paidBase(), claim.amountClaimed(), claim.amountReceived(),
                claim.receivedOn(), claim.note(), lines,
                totals(lines, l -> l.schoolUai() == null ? "" : l.schoolUai(), ClaimLineSummary::schoolName),
                totals(lines, l -> String.valueOf(l.schoolYear()), l -> l.schoolYear() + "–" + (l.schoolYear() + 1)),
                manageable, claim.version());
    }

    private static ClaimLineSummary line(GrantClaimLine line) {
        return new ClaimLineSummary(line.planLineId(), line.schoolUai(), line.schoolName(), line.schoolYear(),
                line.kind(), line.label(), line.rate(), line.paidBase(), line.fullShare(), line.amountClaimed(),
                line.serialNumbers(), line.invoices().stream().map(ClaimViews::invoice).toList());
    }

    private static ClaimInvoice invoice(ClaimedInvoice invoice) {
        return new ClaimInvoice(invoice.reference(), invoice.issuedOn(), invoice.paidOn(), invoice.amount());
    }

    /** Totals per key, keys sorted (the city's schools as a whole, empty key, first). */
    private static List<ClaimTotal> totals(List<ClaimLineSummary> lines, Function<ClaimLineSummary, String> key,
                                           Function<ClaimLineSummary, String> label) {
        Map<String, ClaimTotal> totals = new LinkedHashMap<>();
        lines.stream().sorted((a, b) -> key.apply(a).compareTo(key.apply(b))).forEach(line -> totals.merge(
                key.apply(line), new ClaimTotal(key.apply(line), label.apply(line), line.paidBase(), line.amountClaimed()),
                (a, b) -> new ClaimTotal(a.key(), a.label(), a.paidBase().add(b.paidBase()),
                        a.amountClaimed().add(b.amountClaimed()))));
        return new ArrayList<>(totals.values());
    }
}

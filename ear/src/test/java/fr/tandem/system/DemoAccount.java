package fr.tandem.system;

import java.util.Set;

/** The demo accounts loaded when {@code tandem.demo.enabled} is on, and the menu entries each may see. */
enum DemoAccount {

    ADMIN("admin", "ADMIN", Set.of("menu-home", "menu-schools", "menu-equipment", "menu-request-queue", "menu-offers",
            "menu-planning", "menu-import", "menu-accounts", "menu-licences", "menu-licence-products", "menu-licence-gar",
            "menu-licence-costs", "menu-audit", "menu-cities", "menu-dashboard", "menu-profile", "menu-hours-settings",
            "menu-replacements", "menu-kits", "menu-loan-desk", "menu-contracts", "menu-audits",
            "menu-equipment-costs", "menu-knowledge-base", "menu-equipped-untrained", "menu-plans",
            "menu-grant-claims")),
    CITY_STAFF("dsi", "CITY_STAFF", Set.of("menu-home", "menu-schools", "menu-equipment", "menu-request-queue",
            "menu-import", "menu-licences", "menu-licence-products", "menu-licence-gar", "menu-licence-costs",
            "menu-dashboard", "menu-profile", "menu-kits", "menu-loan-desk", "menu-contracts", "menu-audits",
            "menu-equipment-costs", "menu-knowledge-base", "menu-plans",
            "menu-grant-claims")),
    INSPECTOR("ien", "INSPECTOR", Set.of("menu-home", "menu-schools", "menu-equipment", "menu-training-needs",
            "menu-offers", "menu-planning", "menu-hours", "menu-run", "menu-dashboard", "menu-profile",
            "menu-hours-settings", "menu-replacements", "menu-equipped-untrained", "menu-plans")),
    COUNCILLOR("elue", "COUNCILLOR", Set.of("menu-home", "menu-schools", "menu-equipment", "menu-dashboard",
            "menu-profile", "menu-plans",
            "menu-grant-claims")),
    HEAD_TEACHER("directrice", "HEAD_TEACHER", Set.of("menu-home", "menu-schools", "menu-equipment", "menu-my-requests",
            "menu-training", "menu-my-licences", "menu-profile", "menu-absences", "menu-kits", "menu-my-loans",
            "menu-loan-desk", "menu-help")),
    TEACHER("enseignant", "TEACHER", Set.of("menu-home", "menu-schools", "menu-equipment", "menu-my-requests",
            "menu-training", "menu-my-licences", "menu-profile", "menu-kits", "menu-my-loans", "menu-help")),
    /** The second city's employee: the same menu as Béziers' (dsi), for Villeneuve-lès-Béziers' data. */
    VILLENEUVE_CITY_STAFF("dsi.villeneuve", "CITY_STAFF", CITY_STAFF.menuEntries),
    /** The second city's councillor. */
    VILLENEUVE_COUNCILLOR("elue.villeneuve", "COUNCILLOR", COUNCILLOR.menuEntries),
    /** A trainer from outside the inspectorate: only the sessions they run. */
    TRAINER("formateur", "TRAINER", Set.of("menu-home", "menu-run", "menu-profile"));

    /** The password of every demo account. */
    static final String PASSWORD = "Tandem-2026";

    /** Every menu entry whose presence depends on the role. */
    static final Set<String> MENU_ENTRIES = Set.of("menu-home", "menu-schools", "menu-equipment", "menu-my-requests",
            "menu-request-queue", "menu-training-needs", "menu-training", "menu-offers", "menu-planning", "menu-hours", "menu-run", "menu-import",
            "menu-accounts", "menu-licences", "menu-licence-products", "menu-licence-gar", "menu-licence-costs",
            "menu-my-licences", "menu-audit", "menu-cities", "menu-dashboard", "menu-profile", "menu-hours-settings",
            "menu-replacements", "menu-absences", "menu-kits", "menu-my-loans", "menu-loan-desk", "menu-contracts",
            "menu-audits", "menu-equipment-costs", "menu-knowledge-base", "menu-help",
            "menu-equipped-untrained", "menu-plans", "menu-grant-claims");

    private final String username;
    private final String role;
    private final Set<String> menuEntries;

    DemoAccount(String username, String role, Set<String> menuEntries) {
        this.username = username;
        this.role = role;
        this.menuEntries = menuEntries;
    }

    String username() {
        return username;
    }

    String role() {
        return role;
    }

    /** The ids of the links of {@code <nav id="main-menu">} this account must see. */
    Set<String> menuEntries() {
        return menuEntries;
    }
}

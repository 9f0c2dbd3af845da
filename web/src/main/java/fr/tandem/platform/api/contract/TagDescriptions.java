package fr.tandem.platform.api.contract;

import java.util.Map;

/** What each tag of the API groups, declared once for the document (a tag missing here fails the build). */
final class TagDescriptions {

    static final Map<String, String> ALL = Map.ofEntries(
            Map.entry("Accounts", "People's accounts: search, create, change roles and scope, deactivate, invite, "
                    + "import from a file (admins)."),
            Map.entry("Audit trail", "Who changed what and when, for admins."),
            Map.entry("Dashboard", "Figures for councillors, inspectors and city staff: equipment, training "
                    + "hours, licences, requests, a school's page, the year in review, each person's home page; "
                    + "always aggregated where a person could be recognised."),
            Map.entry("Digital plan", "The city's multi-year digital plan: lines of equipment, licences and "
                    + "training per school and year, their funding, orders, deliveries and invoices."),
            Map.entry("Equipment", "The inventory of school equipment (screens, tablets, webradio kits…), "
                    + "its imports, labels, alerts, interventions and cost of ownership."),
            Map.entry("Equipment audits", "Campaigns in which schools check their inventory on site."),
            Map.entry("Equipment contracts", "Maintenance and leasing contracts, the items they cover, their "
                    + "notice periods and warranties."),
            Map.entry("Grant claims", "Claims to the funders (the State's TNE programme, the département) for "
                    + "what the plan's lines paid, with their files."),
            Map.entry("Health", "Whether the application and its database answer (for monitoring; no "
                    + "authentication)."),
            Map.entry("Knowledge base", "Answers to common questions, offered before a request is made."),
            Map.entry("Licences", "Software and resource licences: suppliers, products, seats assigned to "
                    + "schools, documents, reminders, imports from the GAR, renewal of a school year."),
            Map.entry("Loans", "Shared kits lent to schools: reservations, approval, check-out and return."),
            Map.entry("My account", "The caller's own account: profile, language, personal API tokens, calendar "
                    + "feed, and the personal data Tandem holds about them."),
            Map.entry("Personal data", "The retention rule applied to everyone's personal data (RGPD): anonymising the "
                    + "accounts deactivated long ago."),
            Map.entry("Requests", "Teachers' requests to the city's IT department, their messages and "
                    + "attachments, and the staff's queue."),
            Map.entry("Schools", "Schools (by UAI), circonscriptions, cities, imports from the Annuaire de "
                    + "l'éducation."),
            Map.entry("Training", "The training offer of the circonscriptions: offers, sessions, bookings and "
                    + "waiting lines, attendance, hours and attestations, calendars, school holidays."));

    private TagDescriptions() {
    }
}

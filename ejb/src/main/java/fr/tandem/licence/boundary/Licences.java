package fr.tandem.licence.boundary;

import fr.tandem.licence.Assignment;
import fr.tandem.licence.AssignmentTarget;
import fr.tandem.licence.Licence;
import fr.tandem.licence.LicenceDocument;
import fr.tandem.licence.LicenceTerms;
import fr.tandem.licence.Product;
import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.Supplier;
import fr.tandem.licence.control.LicenceLookup;
import fr.tandem.licence.control.LicenceViews;
import fr.tandem.licence.model.AssignmentRequest;
import fr.tandem.licence.model.AssignmentSummary;
import fr.tandem.licence.model.BulkAssignment;
import fr.tandem.licence.model.BulkPreview;
import fr.tandem.licence.model.CityChoice;
import fr.tandem.licence.model.Device;
import fr.tandem.licence.model.DeviceDirectory;
import fr.tandem.licence.model.DocumentFile;
import fr.tandem.licence.model.DocumentSummary;
import fr.tandem.licence.model.LicenceSummary;
import fr.tandem.licence.model.ProductSummary;
import fr.tandem.licence.model.SupplierSummary;
import fr.tandem.people.control.CurrentCaller;
import fr.tandem.platform.Conflict;
import fr.tandem.platform.Language;
import fr.tandem.platform.NotFound;
import fr.tandem.platform.RuleViolation;
import fr.tandem.platform.export.CsvExport;
import fr.tandem.platform.export.ExcelExport;
import fr.tandem.platform.language.TextBundle;
import fr.tandem.school.School;
import fr.tandem.school.SchoolState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The city staff's licences: suppliers, products, licences and the assignment of their seats.
 * Each belongs to a city: city staff see and change their own city's only (another city's answer
 * "not found") and create them for it; administrators see every city's and name the city of what
 * they create. Assigning or releasing locks the licence row first, so that the seat count holds
 * whatever the number of people assigning at once.
 */
@Stateless
@RolesAllowed({"CITY_STAFF", "ADMIN"})
public class Licences {

    @PersistenceContext(unitName = "tandem")
    EntityManager em;

    @Inject
    LicenceLookup lookup;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller caller;

    @Inject
    DeviceDirectory devices;

    /**
     * The cities an administrator names when creating a licence, product or supplier; none for
     * city staff, who create for their own city.
     */
    public List<CityChoice> ownerCities() {
        if (lookup.confinedCityId() != null) {
            return List.of();
        }
        return em.createQuery("select new fr.tandem.licence.model.CityChoice(c.id, c.name) from City c "
                + "order by c.name", CityChoice.class).getResultList();
    }

    /** The suppliers of the caller's city (of every city for administrators). */
    public List<SupplierSummary> suppliers() {
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select s from Supplier s"
                        + LicenceLookup.cityCondition("where", "s.city", city) + " order by lower(s.name)", Supplier.class),
                city).getResultStream().map(LicenceViews::of).toList();
    }

    /** A supplier of the caller's city; an administrator names the city ({@code cityId}). */
    public SupplierSummary createSupplier(Long cityId, String name, String contact) {
        Supplier supplier = new Supplier(lookup.owningCity(cityId), name, contact);
        boolean taken = !em.createQuery("select s.id from Supplier s where s.city = :city and lower(s.name) = lower(:n)",
                        Long.class).setParameter("city", supplier.city()).setParameter("n", supplier.name())
                .getResultList().isEmpty();
        if (taken) {
            throw new Conflict("licence.supplier.duplicate", supplier.name());
        }
        em.persist(supplier);
        em.flush();
        return LicenceViews.of(supplier);
    }

    /** The products of the caller's city (of every city for administrators). */
    public List<ProductSummary> products() {
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select p from Product p"
                        + LicenceLookup.cityCondition("where", "p.city", city) + " order by lower(p.name)", Product.class),
                city).getResultStream().map(LicenceViews::of).toList();
    }

    /** A product of the caller's city; an administrator names the city ({@code cityId}). */
    public ProductSummary createProduct(ProductDetails details) {
        Product product = new Product(lookup.owningCity(details.cityId()), details,
                lookup.supplier(details.supplierId()));
        refuseDuplicateArk(product, null);
        em.persist(product);
        em.flush();
        return LicenceViews.of(product);
    }

    public ProductSummary updateProduct(long id, ProductDetails details) {
        Product product = lookup.product(id);
        product.update(details, lookup.supplier(details.supplierId()));
        refuseDuplicateArk(product, id);
        return LicenceViews.of(product);
    }

    private void refuseDuplicateArk(Product product, Long self) {
        if (product.arkId() != null && em.createQuery("select p from Product p where p.city = :city and p.arkId = :ark",
                        Product.class).setParameter("city", product.city()).setParameter("ark", product.arkId())
                .getResultStream().anyMatch(p -> !p.id().equals(self))) {
            throw new Conflict("licence.product.ark.duplicate", product.arkId());
        }
    }

    /** The licences of the caller's city (every city's for administrators), ending soonest first, renewed and cancelled ones last. */
    public List<LicenceSummary> licences() {
        LocalDate today = LicenceLookup.today(clock);
        Long city = lookup.confinedCityId();
        return LicenceLookup.confine(em.createQuery("select l from Licence l join fetch l.product"
                        + LicenceLookup.cityCondition("where", "l.city", city) + " order by l.status, l.validUntil, l.id",
                Licence.class), city).getResultStream().map(l -> LicenceViews.of(l, today)).toList();
    }

    public LicenceSummary licence(long id) {
        return LicenceViews.of(lookup.licence(id), LicenceLookup.today(clock));
    }

    public LicenceSummary createLicence(LicenceTerms terms) {
        Licence licence = new Licence(lookup.owningCity(terms.cityId()), lookup.product(terms.productId()), terms,
                lookup.optionalSchool(terms.holderUai()));
        em.persist(licence);
        em.flush();
        return LicenceViews.of(licence, LicenceLookup.today(clock));
    }

    public LicenceSummary updateLicence(long id, LicenceTerms terms) {
        Licence licence = lookup.lockedLicence(id);
        licence.revise(lookup.product(terms.productId()), terms, lookup.optionalSchool(terms.holderUai()));
        return LicenceViews.of(licence, LicenceLookup.today(clock));
    }

    public LicenceSummary cancel(long id) {
        Licence licence = lookup.lockedLicence(id);
        licence.cancel();
        return LicenceViews.of(licence, LicenceLookup.today(clock));
    }

    /** Creates the next period's licence from this one (its assignments follow); this one stops reminding. */
    public LicenceSummary renew(long id) {
        Licence licence = lookup.lockedLicence(id);
        Licence next = licence.renew(clock.instant());
        em.persist(next);
        em.flush();
        return LicenceViews.of(next, LicenceLookup.today(clock));
    }

    /** The documents of a licence (contract, invoices), newest first. */
    public List<DocumentSummary> documents(long licenceId) {
        lookup.licence(licenceId);
        return em.createQuery("select new fr.tandem.licence.model.DocumentSummary(d.id, d.licence.id, d.fileName, "
                        + "d.contentType, d.byteSize, d.uploadedAt) from LicenceDocument d where d.licence.id = :l "
                        + "order by d.uploadedAt desc, d.id desc", DocumentSummary.class)
                .setParameter("l", licenceId).getResultList();
    }

    public DocumentSummary addDocument(long licenceId, String fileName, byte[] content) {
        LicenceDocument document = new LicenceDocument(lookup.licence(licenceId), fileName, content, clock.instant());
        em.persist(document);
        em.flush();
        return new DocumentSummary(document.id(), licenceId, document.fileName(), document.contentType(),
                document.byteSize(), document.uploadedAt());
    }

    public DocumentFile document(long documentId) {
        LicenceDocument document = em.find(LicenceDocument.class, documentId);
        if (document == null || !lookup.visibleCity(document.licence().city())) {
            throw new NotFound("licence.document.notFound");
        }
        return new DocumentFile(document.fileName(), document.contentType(), document.content());
    }

    /** The assignments of a licence, active ones first; seats on a device carry its label. */
    public List<AssignmentSummary> assignments(long licenceId) {
        Licence licence = lookup.licence(licenceId);
        Map<Long, String> labels = devices.labels(licence.assignments().stream().map(Assignment::equipmentId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return licence.assignments().stream()
                .sorted((a, b) -> Boolean.compare(b.active(), a.active()))
                .map(a -> LicenceViews.of(a, a.equipmentId() == null ? null : labels.get(a.equipmentId()))).toList();
    }

    /** The devices of a school (UAI) that may get seats: the caller's city's, not retired. */
    public List<Device> devices(String uai) {
        return devices.devicesOf(lookup.school(uai).uai().value());
    }

    /**
     * Gives seats to a school, a class, a teacher or a device. For a device, its row is locked
     * before the licence's (the order retiring an item takes), and it must be one the caller may see,
     * not retired, in the school named if one is.
     */
    public AssignmentSummary assign(long licenceId, AssignmentRequest request) {
        Objects.requireNonNull(request);
        if (request.target() == AssignmentTarget.DEVICE) {
            return assignToDevice(licenceId, request);
        }
        Licence licence = lookup.lockedLicence(licenceId);
        Assignment assignment = licence.assign(lookup.school(request.uai()), request.target(), request.className(),
                lookup.account(request.teacherUsername()), request.seats(), LicenceLookup.today(clock), clock.instant());
        em.flush();
        return LicenceViews.of(assignment);
    }

    private AssignmentSummary assignToDevice(long licenceId, AssignmentRequest request) {
        if (request.equipmentId() == null) {
            throw new RuleViolation("licence.assign.device.required");
        }
        Device device = devices.lockedDevice(request.equipmentId())
                .orElseThrow(() -> new NotFound("equipment.notFound"));
        Licence licence = lookup.lockedLicence(licenceId);
        if (device.retired()) {
            throw new RuleViolation("licence.assign.device.retired", device.label());
        }
        School school = lookup.school(device.uai());
        if (request.uai() != null && !request.uai().isBlank()
                && !school.uai().value().equals(request.uai().strip().toUpperCase(java.util.Locale.ROOT))) {
            throw new RuleViolation("licence.assign.device.otherSchool", device.label(), request.uai().strip());
        }
        Assignment assignment = licence.assignToDevice(school, device.id(), request.seats(),
                LicenceLookup.today(clock), clock.instant());
        em.flush();
        return LicenceViews.of(assignment, device.label());
    }

    public AssignmentSummary release(long assignmentId) {
        Assignment assignment = lookup.assignment(assignmentId);
        Licence licence = lookup.lockedLicence(assignment.licence().id());
        licence.release(assignment, clock.instant());
        return LicenceViews.of(assignment);
    }

    /** Moves an assignment's seats to another school, class or teacher (transferable licences only). */
    public AssignmentSummary reassign(long assignmentId, AssignmentRequest request) {
        Assignment assignment = lookup.assignment(assignmentId);
        Licence licence = lookup.lockedLicence(assignment.licence().id());
        Assignment moved = licence.reassign(assignment, lookup.school(request.uai()), request.target(),
                request.className(), lookup.account(request.teacherUsername()), LicenceLookup.today(clock),
                clock.instant());
        em.flush();
        return LicenceViews.of(moved);
    }

    /** What a bulk assignment would do, without doing it. */
    public BulkPreview previewBulk(long licenceId, BulkAssignment bulk) {
        Licence licence = lookup.licence(licenceId);
        return preview(licence, bulkSchools(licence, bulk), bulk.seatsPerSchool());
    }

    /** Assigns the seats to every school of the preview, all or nothing. */
    public BulkPreview bulkAssign(long licenceId, BulkAssignment bulk) {
        Licence licence = lookup.lockedLicence(licenceId);
        List<School> schools = bulkSchools(licence, bulk);
        BulkPreview preview = preview(licence, schools, bulk.seatsPerSchool());
        LocalDate today = LicenceLookup.today(clock);
        for (School school : schools) {
            licence.assign(school, null, null, null, bulk.seatsPerSchool(), today, clock.instant());
        }
        em.flush();
        return preview;
    }

    private BulkPreview preview(Licence licence, List<School> schools, Integer seatsPerSchool) {
        int each = seatsPerSchool == null ? 0 : seatsPerSchool;
        if (each < 1) {
            throw new RuleViolation("licence.assign.seats.positive");
        }
        List<BulkPreview.Line> lines = new ArrayList<>();
        for (School school : schools) {
            lines.add(new BulkPreview.Line(school.uai().value(), school.name(), each));
        }
        int needed = each * lines.size();
        Integer free = licence.freeSeats(LicenceLookup.today(clock));
        boolean fits = licence.countsOn(LicenceLookup.today(clock)) && (free == null || needed <= free)
                && (licence.holder() == null || schools.stream().allMatch(s -> s.id().equals(licence.holder().id())));
        return new BulkPreview(lines, needed, free, fits);
    }

    /** The open schools of the circonscription (of a kind) that belong to the licence's city. */
    private List<School> bulkSchools(Licence licence, BulkAssignment bulk) {
        if (bulk == null || bulk.circonscriptionCode() == null) {
            throw new RuleViolation("licence.bulk.noSchool");
        }
        var query = em.createQuery("select s from School s where s.circonscription.code.value = :code "
                        + "and s.state = :open and s.city = :city"
                        + (bulk.schoolKind() == null ? "" : " and s.kind = :kind") + " order by s.uai.value", School.class)
                .setParameter("code", bulk.circonscriptionCode().strip().toUpperCase(java.util.Locale.ROOT))
                .setParameter("open", SchoolState.OPEN).setParameter("city", licence.city());
        if (bulk.schoolKind() != null) {
            query.setParameter("kind", bulk.schoolKind());
        }
        List<School> schools = query.getResultList();
        if (schools.isEmpty()) {
            throw new RuleViolation("licence.bulk.noSchool");
        }
        return schools;
    }

    private static final List<String> LICENCE_HEADER = List.of("number", "product", "kind", "seats", "assigned", "free",
            "holder", "from", "until", "status", "price", "currency", "grant", "grantPercent", "grantAmount", "cityAmount",
            "order", "contract", "transferable", "renewal", "renewalMonths", "gar");

    private List<List<Object>> licenceRows(TextBundle texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (LicenceSummary l : licences()) {
            rows.add(java.util.Arrays.asList(l.id(), l.productName(), l.kind().name(), l.seats(), l.assignedSeats(),
                    l.freeSeats(), l.holderUai(), l.validFrom().toString(), l.validUntil().toString(), l.status().name(),
                    l.price(), l.currency(), l.grantSource().name(), l.grantPercent(), l.grantAmount(), l.cityAmount(),
                    l.orderNumber(), l.contractReference(), texts.text(l.transferable() ? "licences.export.yes" : "licences.export.no"), l.renewal().name(),
                    l.renewalMonths(), l.garSubscriptionId()));
        }
        return rows;
    }

    public byte[] licencesCsv() {
        Language language = caller.account().language();
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return CsvExport.write(header(texts, "licences.export.", LICENCE_HEADER), text(licenceRows(texts), language));
    }

    public byte[] licencesExcel() {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
        return ExcelExport.write(texts.text("licences.export.sheet"), header(texts, "licences.export.", LICENCE_HEADER),
                licenceRows(texts));
    }

    private static final List<String> ASSIGNMENT_HEADER = List.of("licence", "product", "uai", "school", "target",
            "className", "teacher", "seats", "assignedAt", "releasedAt");

    private List<List<Object>> assignmentRows() {
        List<List<Object>> rows = new ArrayList<>();
        Long city = lookup.confinedCityId();
        LicenceLookup.confine(em.createQuery("select a from Assignment a join fetch a.licence l join fetch l.product "
                        + "join fetch a.school" + LicenceLookup.cityCondition("where", "l.city", city)
                        + " order by l.id, a.assignedAt, a.id", Assignment.class), city).getResultStream()
                .map(LicenceViews::of)
                .forEach(a -> rows.add(java.util.Arrays.asList(a.licenceId(), a.productName(), a.uai(), a.schoolName(),
                        a.target().name(), a.className(), a.teacherUsername(), a.seats(), a.assignedAt().toString(),
                        a.releasedAt() == null ? null : a.releasedAt().toString())));
        return rows;
    }

    public byte[] assignmentsCsv() {
        Language language = caller.account().language();
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, language);
        return CsvExport.write(header(texts, "assignments.export.", ASSIGNMENT_HEADER), text(assignmentRows(), language));
    }

    public byte[] assignmentsExcel() {
        TextBundle texts = TextBundle.of(TextBundle.DOCUMENTS, caller.account().language());
        return ExcelExport.write(texts.text("assignments.export.sheet"), header(texts, "assignments.export.",
                ASSIGNMENT_HEADER), assignmentRows());
    }

    /** The titles of an export's columns, each under the prefix and its name in the documents bundle. */
    static List<String> header(TextBundle texts, String prefix, List<String> columns) {
        return columns.stream().map(column -> texts.text(prefix + column)).toList();
    }

    /**
     * Rows as text for CSV, empty for none: numbers with a decimal comma in French, as French
     * spreadsheets read them, with a decimal point in English.
     */
    static List<List<String>> text(List<List<Object>> rows, Language language) {
        return rows.stream().map(row -> row.stream().map(v -> v == null ? ""
                : v instanceof java.math.BigDecimal d ? decimal(d, language) : v.toString()).toList()).toList();
    }

    private static String decimal(java.math.BigDecimal number, Language language) {
        return language == Language.FRENCH ? number.toPlainString().replace('.', ',') : number.toPlainString();
    }
}

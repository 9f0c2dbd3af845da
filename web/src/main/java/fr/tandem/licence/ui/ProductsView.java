package fr.tandem.licence.ui;

import fr.tandem.licence.ProductDetails;
import fr.tandem.licence.ProductKind;
import fr.tandem.licence.boundary.Licences;
import fr.tandem.licence.model.CityChoice;
import fr.tandem.licence.model.ProductSummary;
import fr.tandem.licence.model.SupplierSummary;
import fr.tandem.platform.ui.UiMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** City staff's products (software, GAR resources) and suppliers; administrators name the city of new ones. */
@Named
@ViewScoped
public class ProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient Licences licences;

    private List<SupplierSummary> suppliers;
    private List<ProductSummary> products;
    private List<CityChoice> cities;
    private Long cityId;
    private String supplierName;
    private String supplierContact;
    private String name;
    private ProductKind kind = ProductKind.SOFTWARE;
    private String publisher;
    private String arkId;
    private Long supplierId;
    private String accessInstructions;

    @PostConstruct
    void load() {
        suppliers = licences.suppliers();
        products = licences.products();
        cities = licences.ownerCities();
    }

    public void createSupplier() {
        UiMessages.attempt(() -> {
            LicenceTexts.BUNDLE.info("products.supplierCreated", licences.createSupplier(cityId, supplierName,
                    supplierContact).name());
            supplierName = null;
            supplierContact = null;
        });
        load();
    }

    public void createProduct() {
        UiMessages.attempt(() -> {
            ProductSummary created = licences.createProduct(new ProductDetails(name, kind, publisher, arkId, supplierId,
                    accessInstructions, cityId));
            LicenceTexts.BUNDLE.info("products.productCreated", created.name());
            name = null;
            publisher = null;
            arkId = null;
            accessInstructions = null;
        });
        load();
    }

    public ProductKind[] getKinds() {
        return ProductKind.values();
    }

    public List<SupplierSummary> getSuppliers() {
        return suppliers;
    }

    /** The cities an administrator chooses from; empty for city staff. */
    public List<CityChoice> getCities() {
        return cities;
    }

    /** The city of a new product or supplier, chosen by an administrator. */
    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public List<ProductSummary> getProducts() {
        return products;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public void setSupplierName(String supplierName) {
        this.supplierName = supplierName;
    }

    public String getSupplierContact() {
        return supplierContact;
    }

    public void setSupplierContact(String supplierContact) {
        this.supplierContact = supplierContact;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProductKind getKind() {
        return kind;
    }

    public void setKind(ProductKind kind) {
        this.kind = kind;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getArkId() {
        return arkId;
    }

    public void setArkId(String arkId) {
        this.arkId = arkId;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public String getAccessInstructions() {
        return accessInstructions;
    }

    public void setAccessInstructions(String accessInstructions) {
        this.accessInstructions = accessInstructions;
    }
}

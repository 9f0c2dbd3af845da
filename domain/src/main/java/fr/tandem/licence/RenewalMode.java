package fr.tandem.licence;

/** Whether the supplier renews the licence by itself or the city must decide. */
public enum RenewalMode {
    MANUAL,
    AUTOMATIC
}

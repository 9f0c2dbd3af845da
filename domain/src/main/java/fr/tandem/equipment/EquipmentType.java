package fr.tandem.equipment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of item a piece of school equipment is. */
@Schema(description = "What kind of item a piece of school equipment is: INTERACTIVE_SCREEN an interactive screen "
        + "(ENI), MOBILE_TABLET_SET a set of tablets in a trolley, DOCUMENT_CAMERA a visualiser.")
public enum EquipmentType {
    /** Écran numérique interactif (ENI). */
    INTERACTIVE_SCREEN,
    TABLET,
    /** A set of tablets in a trolley ("classe mobile"). */
    MOBILE_TABLET_SET,
    WEBRADIO_KIT,
    /** Visualiseur. */
    DOCUMENT_CAMERA,
    LAPTOP,
    OTHER
}

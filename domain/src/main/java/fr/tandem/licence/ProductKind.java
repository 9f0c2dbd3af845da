package fr.tandem.licence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the city buys a licence for. */
@Schema(description = "What a licence is bought for: SOFTWARE a program, RESOURCE a digital educational resource "
        + "(often through the GAR).")
public enum ProductKind {
    /** A program (for the interactive screens, the tablets, a webradio tool). */
    SOFTWARE,
    /** A digital educational resource, often distributed through the GAR. */
    RESOURCE
}

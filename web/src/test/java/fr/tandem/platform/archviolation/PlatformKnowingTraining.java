package fr.tandem.platform.archviolation;

import fr.tandem.training.Booking;

/** Breaks the component order: the platform knows a business component. */
public class PlatformKnowingTraining {
    Booking booking;
}

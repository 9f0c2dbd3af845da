package fr.tandem.training.control.archviolation;

import fr.tandem.training.boundary.Bookings;

/** A control class that reaches up into its boundary. */
public class ControlCallingBoundary {
    Bookings bookings;
}

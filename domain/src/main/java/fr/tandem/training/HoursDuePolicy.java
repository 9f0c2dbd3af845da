package fr.tandem.training;

/**
 * How a circonscription turns a teacher's quotité into the training hours they owe: strictly pro
 * rata of the 18 hours (rounded to the half hour), or the circonscription's own table (barème).
 */
public enum HoursDuePolicy {
    PRORATA, TABLE
}

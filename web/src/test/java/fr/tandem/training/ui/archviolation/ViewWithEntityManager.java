package fr.tandem.training.ui.archviolation;

import jakarta.persistence.EntityManager;

/** A page bean that goes around the boundaries to the database. */
public class ViewWithEntityManager {
    EntityManager em;
}

package fr.tandem.school.archviolation;

import fr.tandem.people.Account;

/** Closes a cycle: people know schools (an account's school), and this school class knows people. */
public class SchoolKnowingPeople {
    Account account;
}

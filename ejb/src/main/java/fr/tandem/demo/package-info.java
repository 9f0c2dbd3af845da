/** Demo data for the one-command run: the city of Béziers with fictional schools and one account per role. */
package fr.tandem.demo;

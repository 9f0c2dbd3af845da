/** A class that breaks one architecture rule on purpose, for ArchitectureRulesTest; never deployed. */
package fr.tandem.platform.archviolation;

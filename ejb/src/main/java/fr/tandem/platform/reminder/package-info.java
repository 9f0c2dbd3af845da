/** One staged-reminder mechanism for every component: the pass, its timer, the mails to city staff, the notices and the stages settings. */
package fr.tandem.platform.reminder;

/**
 * The clock engine: folds a ticket's whole event history into clock results (SLA semantics §2–3),
 * each with its due instant, state, breach instant, escalation crossings and the timeline that
 * explains it. A pure function of (policy, calendars, events, now).
 */
package org.accordo.core.clock;

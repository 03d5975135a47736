/**
 * The SLA domain in pure Java: business calendars, SLA policies and clocks, escalation,
 * availability, service credits and the contract model. No Spring, no JDBC, no servlet, and no
 * reading of the system clock: "now" is always a parameter.
 */
package org.accordo.core;

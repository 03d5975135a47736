/**
 * Availability of monitored services (SLA semantics §5): an SLA's availability promise and
 * maintenance windows, outages and their causes, and the measurement of a period — measured time on
 * the availability calendar, merged downtime, exclusions, the downtime budget and its burn rate.
 * All intervals are half-open; all arithmetic is on instants, so DST changes count as real time.
 */
package org.accordo.core.availability;

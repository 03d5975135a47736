/**
 * Tickets and their append-only events, from the API and from another PSA through the signed
 * inbound webhook. The ticket row's priority, status and cancellation are a projection folded from
 * the events; clock rows will be another.
 */
@ApplicationModule(displayName = "Tickets")
package org.accordo.app.tickets;

import org.springframework.modulith.ApplicationModule;

/**
 * The SLA board, the home page of the MSP's staff: every clock counting now across customers, due
 * soonest first, with its time left computed when it is shown (and again every few seconds by htmx
 * polling the rows), red when breached and amber past its first escalation threshold, and this
 * month's breaches per customer; above them, the root cause analyses still owed, with their own
 * clocks. It reads the RCAs through the rca module's facade, and the clocks, tickets and customers
 * through their facades.
 */
@ApplicationModule(
    displayName = "SLA board",
    allowedDependencies = {
      "clocks",
      "customers",
      "rca",
      "reviews",
      "security::caller",
      "tickets",
      "ui"
    })
package org.accordo.app.board;

import org.springframework.modulith.ApplicationModule;

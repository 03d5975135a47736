/**
 * The periodic SLA review: the schedule read from the contract in force's {@code review} (and from
 * the next date agreed at the last review recorded, when later), the reviews held with their
 * outcome, attendees and agreed changes (a new contract version uploaded through the contracts
 * module, diffed against the one before), and the reminders told to the review's owner and the
 * customer's contact ahead of its date, each once whichever node sends it; and the review pack, the
 * months' figures gathered from the statements, the RCAs, the linter and the simulator.
 */
@ApplicationModule(
    displayName = "Reviews",
    allowedDependencies = {
      "audit",
      "contracts",
      "customers",
      "notifications",
      "rca",
      "security::caller",
      "simulation",
      "statements",
      "ui"
    })
package org.accordo.app.reviews;

import org.springframework.modulith.ApplicationModule;

/**
 * The one vocabulary of ticket events: {@link org.accordo.app.eventcodec.EventCodec} maps an
 * event's fields as written (a JSON body of the API, a line of a JSON Lines file, a {@code
 * ticket_event} row) to {@code core}'s {@code TicketEvent}, with the same rules for all: which
 * fields each type carries, the ids of types, statuses and metrics, instants, exclusions. Plain
 * Java with no Spring, so that the command line and the server (and the imports to come) share it;
 * each reports a problem in its own frame (a field of a request, a line of a file).
 */
@ApplicationModule(
    displayName = "Event vocabulary (shared)",
    allowedDependencies = {})
package org.accordo.app.eventcodec;

import org.springframework.modulith.ApplicationModule;

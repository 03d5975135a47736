/**
 * Background work shared by the scheduler and the outbox dispatcher: {@link
 * org.accordo.app.work.DueWork} drains due work batch after batch within one poll.
 */
@ApplicationModule(
    displayName = "Due work (shared)",
    allowedDependencies = {})
package org.accordo.app.work;

import org.springframework.modulith.ApplicationModule;

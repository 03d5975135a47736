/**
 * SLA policies: what each SLA of a contract promises for tickets — targets and calendars per metric
 * and priority, pause statuses, priority-change and reopen rules, escalation thresholds.
 */
package org.accordo.core.policy;

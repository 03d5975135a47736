/** Escalation: the thresholds of a clock's target at which levels of the contract are told. */
package org.accordo.core.escalation;

package org.accordo.app.disputes;

/**
 * What the page of a new dispute carries: its subject (hidden fields, from the link that led
 * there), the customer's text as typed, and the field a refusal named.
 *
 * @param refusedField the field refused, or null
 * @param refusal why, or null
 */
public record NewDisputeForm(
    String subject,
    String ticketId,
    String metric,
    String outageId,
    String creditLineId,
    String text,
    String refusedField,
    String refusal) {}

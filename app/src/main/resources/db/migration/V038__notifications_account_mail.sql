-- E-mails to people about their account (an invitation, a password reset) go through the outbox and
-- its e-mail channel too: such a row tells of no escalation, customer or ticket. The API's list of
-- notifications never shows them, and their body (a one-time link) is cleared once delivered or dead.
ALTER TABLE notification ALTER COLUMN escalation_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN customer_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN ticket_id DROP NOT NULL;

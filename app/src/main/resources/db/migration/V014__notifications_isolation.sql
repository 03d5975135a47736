-- Notifications as plug-ins, isolated deliveries and the names people use for tickets (issues 12, 18).

-- destination: the remote end a delivery goes to (a webhook URL's host, the SMTP server), chosen by
-- its channel when the row is written; the dispatcher caps the deliveries running at once per
-- destination, so a slow receiver delays only its own. Null for rows written before.
ALTER TABLE notification ADD COLUMN destination VARCHAR(300);
-- failure_reason: why the last attempt failed, in the fixed vocabulary every reader may see
-- (timeout, refused, dns, tls, status 503, blocked by egress policy, ...); last_error keeps the
-- detail for admins, URL credentials masked.
ALTER TABLE notification ADD COLUMN failure_reason VARCHAR(40);
UPDATE notification SET failure_reason = 'unclassified' WHERE last_error IS NOT NULL;
-- The ticket as people name it, when the notification was written: the PSA's number and subject.
ALTER TABLE notification ADD COLUMN ticket_external_id VARCHAR(200);
ALTER TABLE notification ADD COLUMN ticket_subject VARCHAR(500);

-- Why a subscription was disabled: admin (DELETE /webhooks/{id}) or gone (its receiver answered
-- 410 Gone). Rows disabled before this migration were disabled by an admin.
ALTER TABLE webhook_subscription ADD COLUMN disabled_reason VARCHAR(16);
UPDATE webhook_subscription SET disabled_reason = 'admin' WHERE disabled_at IS NOT NULL;

-- History loaded for a customer (the demo, an import) does not notify: an escalation of the
-- customer whose crossing instant is before notify_from is recorded, but writes no notification.
CREATE TABLE notification_cutoff (
    customer_id  VARCHAR(64)  NOT NULL PRIMARY KEY,
    notify_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by  VARCHAR(40)  NOT NULL,
    CONSTRAINT notification_cutoff_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);

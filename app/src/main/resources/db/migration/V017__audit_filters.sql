-- The audit log's filters (GET /api/v1/audit?customer_id=&actor=&action=&from=&to=). Each index
-- ends with the id, the log's order, so a filtered page newest first is read from the index in
-- order; the customer's replaces the one of V003, which it covers.
CREATE INDEX audit_log_customer_id ON audit_log (customer_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_occurred ON audit_log (occurred_at);
DROP INDEX audit_log_customer;

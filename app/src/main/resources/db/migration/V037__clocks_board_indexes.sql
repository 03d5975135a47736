-- The SLA board (issue 14): the clocks not stopped, soonest due first, read page by page. Ordering by
-- (stopped_at, due_at) among the rows whose stopped_at is null walks this index in order on both
-- databases, whatever the number of clocks. The month's breaches per customer are read by kind and
-- instant.
CREATE INDEX clock_open_due ON clock (stopped_at, due_at);
CREATE INDEX escalation_kind_occurred ON escalation (kind, occurred_at, customer_id);

-- The portal's "closed this month" (issue 14): a customer's resolved or closed tickets whose last
-- event was recorded in a month, read as two range scans instead of every ticket of the customer.
CREATE INDEX ticket_customer_status_updated ON ticket (customer_id, status, updated_at);

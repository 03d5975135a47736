-- An event's customer is its ticket's customer: one foreign key on (ticket_id, customer_id) says so,
-- where two separate keys (to ticket and to customer) let an event name another customer than its
-- ticket's. It also means an event insert checks, and key-share locks, only its ticket's row, which
-- its transaction updates anyway, instead of also the customer's row, which every event of every
-- ticket of that customer locked at once (on PostgreSQL each such lock rewrites the row's lock
-- state: one hot row shared by all of a customer's concurrent events).
ALTER TABLE ticket ADD CONSTRAINT ticket_id_customer_unique UNIQUE (id, customer_id);
ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_customer_fk;
ALTER TABLE ticket_event DROP CONSTRAINT ticket_event_ticket_fk;
ALTER TABLE ticket_event ADD CONSTRAINT ticket_event_ticket_fk
    FOREIGN KEY (ticket_id, customer_id) REFERENCES ticket (id, customer_id);

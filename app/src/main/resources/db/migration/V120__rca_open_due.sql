-- The SLA board lists the open RCAs (state 'draft') of every customer, due soonest first: this
-- index lets that query walk them in order and stop after the few shown.
CREATE INDEX rca_state_due ON rca (state, due_at);

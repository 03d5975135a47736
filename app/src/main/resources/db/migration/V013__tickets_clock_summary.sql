-- The ticket list filters at-risk and breached tickets on the ticket row itself, so that it joins
-- no table of the clocks module: the clocks keep this summary of a ticket's clock rows on it,
-- through the tickets module, whenever they write the rows.
ALTER TABLE ticket ADD COLUMN next_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ticket ADD COLUMN breached BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE ticket SET
    next_due_at = (SELECT MIN(c.due_at) FROM clock c WHERE c.ticket_id = ticket.id AND c.state = 'running'),
    breached = EXISTS (SELECT 1 FROM clock c WHERE c.ticket_id = ticket.id AND c.state = 'breached');

CREATE INDEX ticket_next_due ON ticket (next_due_at);

-- Whether a customer is served (issue 15): 'active', or 'disabled' (its people and tokens are
-- refused and its monitors check nothing until it is enabled again; its data stays).
ALTER TABLE customer ADD COLUMN state VARCHAR(16) DEFAULT 'active' NOT NULL;

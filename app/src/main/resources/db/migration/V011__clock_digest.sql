-- The digest of a ticket's clock rows and recorded escalations (ClockDigest), kept on the row that
-- every clock computation locks first, so that a computation reads it with the lock and rewrites only
-- the clock rows that changed. NULL (rows written before this migration, or a rebuilt SLA) means
-- unknown: the next computation replaces the ticket's clock rows and reads its escalations once.
ALTER TABLE ticket_sla ADD COLUMN clock_digest VARCHAR(1048576);
ALTER TABLE ticket_sla ADD COLUMN escalations_recorded VARCHAR(1048576);

-- The outbox carries messages of other kinds than escalations (issue 13): a maintenance announced,
-- a month's statement closed or amended. Such a row has no escalation and no ticket; it may name an
-- attachment (e.g. the statement's PDF) that the e-mail channel asks the module owning it for when
-- it delivers: statement:<statement id>:pdf:<language>.
ALTER TABLE notification ALTER COLUMN escalation_id DROP NOT NULL;
ALTER TABLE notification ALTER COLUMN ticket_id DROP NOT NULL;
ALTER TABLE notification ADD COLUMN attachment VARCHAR(200);

-- Text a client writes is limited in characters as a person counts them: code points, an emoji
-- being one (FreeText, docs/api.md "Text"). PostgreSQL counts VARCHAR lengths in code points, H2
-- in UTF-16 units, two for a character outside the Basic Multilingual Plane (an emoji): 500 emoji,
-- a subject the API accepts, are 1,000 units to H2. Each column that holds such text is therefore
-- as wide as twice the API's limit, so that it stores whatever the API accepts on both databases;
-- the limit itself is the API's, counted the same way in every request.
ALTER TABLE customer ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE api_token ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE inbound_source ALTER COLUMN name SET DATA TYPE VARCHAR(400);
ALTER TABLE ticket ALTER COLUMN subject SET DATA TYPE VARCHAR(1000);
ALTER TABLE ticket ALTER COLUMN external_id SET DATA TYPE VARCHAR(400);
ALTER TABLE ticket_event ALTER COLUMN reason SET DATA TYPE VARCHAR(2000);
ALTER TABLE webhook_subscription ALTER COLUMN url SET DATA TYPE VARCHAR(4000);
ALTER TABLE notification ALTER COLUMN subject SET DATA TYPE VARCHAR(1000);
ALTER TABLE notification ALTER COLUMN ticket_external_id SET DATA TYPE VARCHAR(400);
ALTER TABLE notification ALTER COLUMN ticket_subject SET DATA TYPE VARCHAR(1000);

-- Failed authentications counted per subject ('address:203.0.113.7') and fixed window, shared by
-- every node, so that the limit on guessing holds for the deployment (FailedAuthentications).
-- Windows before the previous one are deleted as new ones begin.
CREATE TABLE failed_authentication (
    subject      VARCHAR(300) NOT NULL,
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    failures     INTEGER      NOT NULL,
    CONSTRAINT failed_authentication_pk PRIMARY KEY (subject, window_start)
);
CREATE INDEX failed_authentication_window ON failed_authentication (window_start);

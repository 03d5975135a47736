-- A customer's home time zone (for its people and reports) and when it was last changed.
ALTER TABLE customer ADD COLUMN time_zone VARCHAR(64) DEFAULT 'UTC' NOT NULL;
ALTER TABLE customer ADD COLUMN updated_at TIMESTAMP WITH TIME ZONE;

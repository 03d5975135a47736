-- Monitors of a disabled customer check nothing (issue 15): customer_active is false while the
-- monitor's customer is disabled, set in the transaction that disables or enables it; a run is
-- claimed only when both active (not paused) and customer_active.
ALTER TABLE monitor_run ADD COLUMN customer_active BOOLEAN DEFAULT TRUE NOT NULL;

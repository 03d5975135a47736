-- A customer's counting clocks, soonest due first (the portal's home, the board filtered by a
-- customer; issue 14). Without it a small customer's clocks were found by walking clock_open_due
-- through every other customer's open clocks (64 to 165 ms for a customer with 4,000 of 400,000 open
-- clocks on PostgreSQL); with it the walk starts at the customer and stops after the page.
CREATE INDEX clock_customer_open_due ON clock (customer_id, stopped_at, due_at);

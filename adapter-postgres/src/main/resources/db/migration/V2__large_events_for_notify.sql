-- Events too large for a NOTIFY payload (PostgreSQL refuses 8000 bytes or more), such as an
-- appointment with a long description. The publisher writes the event's JSON here and notifies only
-- the row's id, in one transaction; every listening node then reads the row. Rows are never
-- updated. Publishing a large event deletes those older than an hour, long after every node has
-- read them, so no sweeper is needed.
CREATE TABLE large_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload text NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT clock_timestamp()
);

CREATE INDEX large_events_by_age ON large_events (stored_at);

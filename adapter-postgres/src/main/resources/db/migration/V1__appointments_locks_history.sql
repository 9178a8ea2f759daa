-- SyncPoint's schema: appointments, their edit locks, the audit history, users and requests for control.
-- Every point in time is a timestamptz; the lock rules read "now" from clock_timestamp().

-- Appointments. start and end keep the writer's exact OffsetDateTime: the instant to the microsecond,
-- the nanoseconds below that, and the offset in seconds, so a value reads back equal to what was written.
CREATE TABLE appointments (
    id uuid PRIMARY KEY,
    title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    description text NOT NULL,
    starts_at timestamptz NOT NULL,
    starts_nanos smallint NOT NULL CHECK (starts_nanos BETWEEN 0 AND 999),
    starts_offset integer NOT NULL CHECK (starts_offset BETWEEN -64800 AND 64800),
    ends_at timestamptz NOT NULL,
    ends_nanos smallint NOT NULL CHECK (ends_nanos BETWEEN 0 AND 999),
    ends_offset integer NOT NULL CHECK (ends_offset BETWEEN -64800 AND 64800),
    status text NOT NULL CHECK (status IN ('scheduled', 'completed', 'cancelled')),
    location text NOT NULL,
    organizer text NOT NULL,
    attendees text[] NOT NULL,
    version bigint NOT NULL CHECK (version >= 1),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK ((starts_at, starts_nanos) < (ends_at, ends_nanos))
);

CREATE INDEX appointments_by_start ON appointments (starts_at, starts_nanos, id);

-- One row per appointment ever created, kept after the appointment is deleted: the last fencing token
-- issued for it and how many acquires were refused as held by another. Every lock transition, guarded
-- appointment write and sweep locks this row first, so the changes to one appointment happen one after
-- the other. No foreign key, so deleting an appointment never takes its counter with it.
CREATE TABLE lock_slots (
    appointment_id uuid PRIMARY KEY,
    last_fencing_token bigint NOT NULL DEFAULT 0 CHECK (last_fencing_token >= 0),
    refused_acquires bigint NOT NULL DEFAULT 0 CHECK (refused_acquires >= 0)
);

-- Rule 2: a fencing token is never issued twice, so the counter never goes back and its row never goes.
CREATE FUNCTION lock_slots_only_grow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'lock slot of appointment % cannot be deleted', OLD.appointment_id;
    END IF;
    IF NEW.last_fencing_token < OLD.last_fencing_token OR NEW.refused_acquires < OLD.refused_acquires THEN
        RAISE EXCEPTION 'lock slot of appointment % cannot go back', OLD.appointment_id;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER lock_slots_only_grow
BEFORE UPDATE OR DELETE ON lock_slots
FOR EACH ROW EXECUTE FUNCTION lock_slots_only_grow();

-- The current lock of an appointment, at most one (rule 1). A row whose expires_at has passed is an
-- expired lock that nobody has ended yet; the next transition on the appointment or the sweeper ends it.
-- The holder's name and email are copied, as a lock shows them without reading the user store.
CREATE TABLE locks (
    appointment_id uuid PRIMARY KEY REFERENCES appointments (id),
    holder_id uuid NOT NULL,
    holder_name text NOT NULL,
    holder_email text NOT NULL,
    version bigint NOT NULL CHECK (version >= 1),
    fencing_token bigint NOT NULL CHECK (fencing_token >= 1),
    acquired_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    CHECK (expires_at >= acquired_at)
);

CREATE INDEX locks_by_expiry ON locks (expires_at);

-- The audit history. id gives the order rows were written in; a lock change and its rows commit
-- together (rule 12). No foreign key: the history of a deleted appointment stays.
CREATE TABLE lock_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    appointment_id uuid NOT NULL,
    action text NOT NULL
        CHECK (action IN ('acquired', 'released', 'expired', 'force_released', 'transferred')),
    holder_id uuid NOT NULL,
    holder_name text NOT NULL,
    holder_email text NOT NULL,
    actor_id uuid,
    actor_name text,
    actor_email text,
    fencing_token bigint NOT NULL CHECK (fencing_token >= 1),
    at timestamptz NOT NULL,
    held_for_micros bigint CHECK (held_for_micros >= 0),
    grant_kind text CHECK (grant_kind IN ('acquire', 'takeover', 'transfer')),
    reason text,
    CHECK ((action = 'acquired') = (grant_kind IS NOT NULL)),
    CHECK ((action = 'acquired') = (held_for_micros IS NULL)),
    CHECK ((actor_id IS NULL) = (actor_name IS NULL) AND (actor_id IS NULL) = (actor_email IS NULL))
);

-- An ownership is one grant and at most one ending, whoever ends it: two sweepers, or a sweeper and a
-- transition, can never both record the end of the same lock.
CREATE UNIQUE INDEX lock_history_one_grant_per_token
    ON lock_history (appointment_id, fencing_token)
    WHERE action = 'acquired';

CREATE UNIQUE INDEX lock_history_one_ending_per_token
    ON lock_history (appointment_id, fencing_token)
    WHERE action <> 'acquired';

CREATE INDEX lock_history_by_appointment ON lock_history (appointment_id, at DESC, id DESC);
CREATE INDEX lock_history_by_holder ON lock_history (holder_id, at DESC, id DESC);
CREATE INDEX lock_history_by_actor ON lock_history (actor_id, at DESC, id DESC) WHERE actor_id IS NOT NULL;
CREATE INDEX lock_history_by_time ON lock_history (at DESC, id DESC);

-- Accounts. User keeps emails in lower case, so the plain unique index compares them as the domain does.
CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('user', 'admin')),
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE UNIQUE INDEX users_by_email ON users (email);

-- Requests for control (rule 9). "Open" also depends on time: an open row is lapsed once lapses_at has
-- passed, so the one-open-request rule is kept by the statement that opens one, not by an index.
CREATE TABLE control_requests (
    id uuid PRIMARY KEY,
    position bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    appointment_id uuid NOT NULL,
    requester_id uuid NOT NULL,
    requester_name text NOT NULL,
    requester_email text NOT NULL,
    holder_id uuid NOT NULL,
    holder_name text NOT NULL,
    holder_email text NOT NULL,
    requested_at timestamptz NOT NULL,
    lapses_at timestamptz NOT NULL,
    state text NOT NULL CHECK (state IN ('open', 'granted', 'denied', 'lapsed')),
    CHECK (lapses_at >= requested_at)
);

CREATE INDEX control_requests_open
    ON control_requests (appointment_id, requester_id, lapses_at)
    WHERE state = 'open';

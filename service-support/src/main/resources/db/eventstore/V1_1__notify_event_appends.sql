-- Wakes the readers of the event store when events are committed: a statement-level trigger on
-- domain_event_entry sends a notification on channel tandem_events. PostgreSQL delivers it to the
-- sessions that LISTEN on the channel when the inserting transaction commits (never after a rollback),
-- and folds identical notifications of one transaction into one, so a batch of events wakes a reader once.
-- A notification is not kept for a session that listens later, so readers still poll as a fallback.
--
-- Both services apply this file, each under its own history table, so it must stay idempotent. The
-- advisory lock, held until this migration's transaction ends, keeps two services that start at the
-- same time from creating the function concurrently, which would fail on pg_proc's unique index.

SELECT pg_advisory_xact_lock(hashtext('tandem.db.eventstore'));

CREATE OR REPLACE FUNCTION notify_event_appends() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('tandem_events', '');
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS domain_event_entry_notify ON domain_event_entry;

CREATE TRIGGER domain_event_entry_notify
    AFTER INSERT ON domain_event_entry
    FOR EACH STATEMENT
    EXECUTE FUNCTION notify_event_appends();

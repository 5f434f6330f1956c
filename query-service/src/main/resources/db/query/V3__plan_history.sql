-- The change history of each plan and the checkpoints of as-of replay. The plan projection writes
-- both in the transaction that updates plan_view, so a rebuild of the projection rebuilds them too.

-- One row per event: who changed what, with each field's value before and after.
CREATE TABLE plan_change (
    plan_id      VARCHAR(255) NOT NULL,
    -- The plan version the event produced, which is its sequence number.
    version      BIGINT       NOT NULL,
    -- The event's timestamp.
    at           TIMESTAMPTZ  NOT NULL,
    user_id      VARCHAR(255),
    user_name    VARCHAR(255),
    organization VARCHAR(255),
    section      VARCHAR(64)  NOT NULL,
    -- The item's collection and ref, such as deals and d1; null for a whole section or the plan itself.
    collection   VARCHAR(64),
    ref          TEXT,
    action       VARCHAR(32)  NOT NULL,
    -- The only organization that may see the change, or null when both may.
    internal_to  VARCHAR(255),
    -- [{field, before, after}] in the storage JSON shape.
    fields       JSON         NOT NULL,
    PRIMARY KEY (plan_id, version)
);

-- Maps an instant to the last version at or before it.
CREATE INDEX plan_change_at ON plan_change (plan_id, at, version);
-- The history filters; each ends with version because every page is ordered by version.
CREATE INDEX plan_change_item ON plan_change (plan_id, collection, ref, version);
CREATE INDEX plan_change_section ON plan_change (plan_id, section, version);
CREATE INDEX plan_change_user ON plan_change (plan_id, user_id, version);
CREATE INDEX plan_change_organization ON plan_change (plan_id, organization, version);

-- The whole folded state of a plan right after some versions: each recorded review and every
-- N-th event. As-of replay starts from the latest checkpoint at or below the version it needs.
-- The state is json, not jsonb, for the same reason as plan_view.state: jsonb reorders keys.
CREATE TABLE plan_checkpoint (
    plan_id VARCHAR(255) NOT NULL,
    version BIGINT       NOT NULL,
    state   JSON         NOT NULL,
    PRIMARY KEY (plan_id, version)
);

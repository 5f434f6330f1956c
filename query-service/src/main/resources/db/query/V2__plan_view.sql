-- The current state of each plan, kept by the plan projection. The state column contains the
-- folded PlanState in the storage JSON shape, with every organization's internal items. The other
-- columns let a plan list be read without parsing JSON.
-- The state column is json, not jsonb, because jsonb reorders object keys and the item maps of
-- the state rely on key order to keep items in the order they were added.

CREATE TABLE plan_view (
    plan_id          VARCHAR(255) NOT NULL,
    owner_org        VARCHAR(255) NOT NULL,
    owner_org_name   VARCHAR(255),
    partner_org      VARCHAR(255) NOT NULL,
    partner_org_name VARCHAR(255),
    account          TEXT,
    tier             INTEGER      NOT NULL,
    -- Sequence number of the plan's last applied event, which is 0 right after creation.
    version          BIGINT       NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    state            JSON         NOT NULL,
    PRIMARY KEY (plan_id)
);

CREATE INDEX plan_view_owner_org ON plan_view (owner_org, updated_at DESC);
CREATE INDEX plan_view_partner_org ON plan_view (partner_org, updated_at DESC);

-- Resolution: how each record was matched, the review queue and analysts' decisions, redirects of merged
-- identifiers, the provenance of golden values and analysts' overrides, and member organisations.

-- How a record was resolved: rule (lien, siren, rna, decision, score, nouveau) and its match score.
alter table pole_record
    add column match_rule  text,
    add column match_score numeric;

-- Pairs of poles an analyst is asked about (PENDING), and the decisions taken (SAME, DIFFERENT).
-- pole_a is the older pole. A decision is honoured by every later run.
create table review_pair (
    id          bigserial primary key,
    pole_a      text        not null,
    pole_b      text        not null,
    score       numeric     not null,
    explanation jsonb       not null,       -- the comparison of each field: level, weight
    status      text        not null default 'PENDING',
    created_at  timestamptz not null default now(),
    decided_by  text,
    decided_at  timestamptz,
    unique (pole_a, pole_b)
);
create index review_pair_status on review_pair (status);

-- An identifier absorbed by a merge keeps resolving to the pole that absorbed it.
create table pole_redirect (
    from_id     text primary key,
    to_id       text        not null,
    reason      text        not null,
    created_at  timestamptz not null default now()
);

-- Where each golden value came from.
create table pole_field_source (
    pole_id     text not null references pole (id) on delete cascade,
    field       text not null,
    raw_row_id  bigint references raw_row (id) on delete cascade,   -- null when an analyst set the value
    rule        text not null,
    primary key (pole_id, field)
);

-- Values an analyst set on a golden record; they win over every source.
create table pole_override (
    pole_id     text        not null,
    field       text        not null,
    value       text        not null,
    decided_by  text        not null,
    decided_at  timestamptz not null default now(),
    primary key (pole_id, field)
);

-- Member organisations, one per real organisation (a département council is a member of many poles).
create table member (
    id          text primary key,               -- MBR-000001: stable, never reused
    created_at  timestamptz not null default now(),
    name        text not null,
    name_key    text not null,
    siren       text,
    category    text,
    departement text
);
create sequence member_number;
alter table member_record add column member_id text references member (id);
create index member_record_member on member_record (member_id);

-- A pole absorbed by a merge is deleted: links kept for a re-import follow the redirect instead.
alter table previous_link drop constraint previous_link_pole_id_fkey;

-- Scheduled runs: one row per job and fire time, claimed by the first instance that inserts it, so that
-- several instances on one database run a scheduled job once.
create table scheduled_run (
    job         text        not null,
    slot        timestamptz not null,
    claimed_by  text        not null,
    claimed_at  timestamptz not null default now(),
    primary key (job, slot)
);

-- Links kept when a file is imported again on an analyst's request: its rows go back to the poles they
-- were resolved to, so identifiers do not change.
create table previous_link (
    file_id     bigint  not null references source_file (id),
    sheet       text    not null,
    row_number  integer not null,
    pole_id     text    not null references pole (id),
    primary key (file_id, sheet, row_number)
);

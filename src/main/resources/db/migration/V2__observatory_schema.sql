-- The observatory's own tables. Data flows one way:
-- source_file -> raw_row -> pole_record (normalised) -> pole (golden record) -> indicator_value -> report.

create table source_file (
    id                  bigserial primary key,
    sha256              char(64)    not null unique,
    name                text        not null,          -- path relative to the inbox it was found in
    location            text        not null,          -- absolute path when it was discovered
    size_bytes          bigint      not null,
    network             text,                          -- the sending network, when known
    received_at         timestamptz not null default now(),
    import_execution_id bigint      not null,          -- the import job execution that discovered it
    status              text        not null,          -- DISCOVERED, READ, REJECTED, IMPORTED
    verdict             text,                          -- a sentence in French for the network
    sheet               text,                          -- the sheet the poles were read from
    header_row          integer,                       -- as Excel numbers it
    columns             json,                          -- header as received -> canonical field (null when unknown)
    rows_read           integer,
    rows_accepted       integer,
    rows_merged         integer,
    rows_quarantined    integer,
    rows_ignored        integer
);

create table raw_row (
    id          bigserial primary key,
    file_id     bigint  not null references source_file (id),
    sheet       text    not null,
    row_number  integer not null,                      -- as Excel (or a text editor) numbers it
    cells       json    not null,                      -- header as received -> value as read, in column order
    unique (file_id, sheet, row_number)
);

create table pole (
    id              text primary key,                  -- PTCE-000001: stable, never reused
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    name            text not null,
    name_key        text not null,
    acronym         text,
    carrier_name    text,
    siret           text,
    legal_form      text,
    postal_code     text,
    commune         text,
    departement     text,
    region          text,
    creation_year   integer,
    status          text,
    website         text
);
create sequence pole_number;

-- One normalised record per raw row; quarantined rows keep their reason.
create table pole_record (
    raw_row_id          bigint primary key references raw_row (id),
    file_id             bigint not null references source_file (id),
    outcome             text   not null,               -- NORMALISED, then ACCEPTED / MERGED; or QUARANTINED, IGNORED
    reason              text,                          -- why quarantined or ignored, in French
    warnings            text[] not null default '{}',  -- fields set aside, in French
    name                text,
    name_key            text,
    acronym             text,
    carrier_name        text,
    siret               text,
    siren               text,
    legal_form          text,
    postal_code         text,
    commune             text,
    departement         text,
    region              text,
    creation_year       integer,
    status              text,
    website             text,
    jobs_created        integer,
    budget              numeric,
    contact_name        text,
    contact_email       text,
    contact_phone       text,
    observation_year    integer,
    pole_id             text references pole (id)
);
create index pole_record_file on pole_record (file_id);
create index pole_record_pole on pole_record (pole_id);

-- The state of each pole for an observation year, as the networks reported it that year.
create table pole_year (
    pole_id     text    not null references pole (id),
    year        integer not null,
    status      text,
    legal_form  text,
    region      text,
    departement text,
    primary key (pole_id, year)
);

create table report (
    id                  bigserial primary key,
    year                integer     not null,
    job_execution_id    bigint      not null,
    built_at            timestamptz not null default now(),
    directory           text        not null,
    files               text[]      not null
);

create table indicator_value (
    report_id   bigint  not null references report (id),
    indicator   text    not null,
    dimension   text    not null,                      -- '' for the indicator as a whole
    value       numeric not null,
    coverage    integer not null,                      -- how many poles informed it
    primary key (report_id, indicator, dimension)
);

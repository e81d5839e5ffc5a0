-- The sheet of members: its raw rows are told apart by kind, and each becomes a member record attached to
-- a pole of the same file (or quarantined with its reason).
alter table raw_row add column kind text not null default 'POLE';
alter table source_file
    add column member_sheet      text,
    add column member_header_row integer,
    add column member_columns    json;

create table member_record (
    raw_row_id      bigint primary key references raw_row (id),
    file_id         bigint not null references source_file (id),
    outcome         text   not null,              -- NORMALISED, then ACCEPTED; or QUARANTINED, IGNORED
    reason          text,
    warnings        text[] not null default '{}',
    warning_fields  text[] not null default '{}',
    pole_reference  text,                         -- the pole as the row names it
    name            text,
    name_key        text,
    siret           text,
    siren           text,
    category        text,
    siae            boolean not null default false,
    siae_type       text,
    postal_code     text,
    commune         text,
    departement     text,
    year_joined     integer,
    pole_id         text references pole (id)
);
create index member_record_file on member_record (file_id);
create index member_record_pole on member_record (pole_id);

-- A file whose content was already received under another name is not imported again, but it gets its verdict:
-- « déjà reçu le … sous le nom … ». received_file lists every file received, copies included.
create table received_copy (
    id                  bigserial   primary key,
    name                text        not null,
    sha256              char(64)    not null references source_file (sha256),
    received_at         timestamptz not null default now(),
    import_execution_id bigint,
    verdict             text        not null,
    unique (name, sha256)
);

create view received_file as
    select id, name, network, sha256, received_at, status, verdict, observation_year, rows_read, rows_accepted,
           rows_merged, rows_quarantined, rows_ignored, profile, columns is not null as read
    from source_file
    union all
    select null, c.name, f.network, c.sha256, c.received_at, 'DUPLICATE', c.verdict, f.observation_year, null, null,
           null, null, null, f.profile, false
    from received_copy c join source_file f on f.sha256 = c.sha256;

-- How a file replaces the network's earlier files (the source profile's « remplacement »): SAME_NAME,
-- NETWORK_YEAR or NEVER.
alter table source_file add column replacement text not null default 'SAME_NAME';

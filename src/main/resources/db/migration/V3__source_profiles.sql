-- Source profiles: which network sent a file, its priority, the year it describes; a corrected file from
-- the same network and year supersedes the earlier one (status SUPERSEDED), whose rows stay stored.
alter table source_file
    add column profile          text,
    add column priority         integer not null default 50,
    add column observation_year integer,
    add column superseded_by    bigint references source_file (id);
create index source_file_network_year on source_file (network, observation_year);

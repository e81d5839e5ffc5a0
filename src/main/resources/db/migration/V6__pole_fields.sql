-- The rest of the national template's fields (SPEC §3), on records and on golden records.
alter table pole_record
    add column rna                 text,
    add column siret_role          text,            -- 'pôle' (its own) or 'porteuse' (its carrier's); null when unknown
    add column laureates           text[] not null default '{}',
    add column sectors             text[] not null default '{}',
    add column fte                 numeric,
    add column members_ess         integer,
    add column members_classic     integer,
    add column members_authorities integer,
    add column members_research    integer,
    add column members_training    integer,
    add column members_siae        integer,
    add column members_other       integer,
    add column territory_evidence  text;            -- which column the département was derived from

alter table pole
    add column rna        text,
    add column siret_role text,
    add column laureates  text[] not null default '{}',
    add column sectors    text[] not null default '{}';

alter table pole_year
    add column laureates           text[] not null default '{}',
    add column sectors             text[] not null default '{}',
    add column creation_year       integer,
    add column jobs_created        integer,
    add column fte                 numeric,
    add column budget              numeric,
    add column members_ess         integer,
    add column members_classic     integer,
    add column members_authorities integer,
    add column members_research    integer,
    add column members_training    integer,
    add column members_siae        integer,
    add column members_other       integer;

-- A record's outcome, a file's status and the rule that settled a pole row's pole are types of their own, with the
-- same values in the same order as the Java enums RecordOutcome, FileStatus and MatchRule (by its code, as
-- lineage.csv writes it) (DatabaseTypesTest): a query that names a value that does not exist fails at once instead
-- of counting nothing.
create type record_outcome as enum ('NORMALISED', 'ACCEPTED', 'MERGED', 'QUARANTINED', 'IGNORED');
create type file_status as enum ('DISCOVERED', 'READ', 'IMPORTED', 'REJECTED', 'SUPERSEDED');
create type match_rule as enum ('nouveau', 'siren', 'rna', 'score', 'doublon', 'decision', 'lien');

drop index pole_record_pending;
drop index member_record_pending;
-- one statement per table: each is rewritten once
alter table pole_record
    alter column outcome type record_outcome using outcome::record_outcome,
    alter column match_rule type match_rule using match_rule::match_rule;
alter table member_record alter column outcome type record_outcome using outcome::record_outcome;
create index pole_record_pending on pole_record (file_id, raw_row_id) where outcome = 'NORMALISED';
create index member_record_pending on member_record (file_id, raw_row_id) where outcome = 'NORMALISED';

-- the list of files received names copies DUPLICATE, a state of the list, not of a stored file
drop view received_file;
alter table source_file alter column status type file_status using status::file_status;
create view received_file as
    select id, name, network, sha256, received_at, status::text as status, verdict, observation_year, rows_read,
           rows_accepted, rows_merged, rows_quarantined, rows_ignored, profile, columns is not null as read
    from source_file
    union all
    select null, c.name, f.network, c.sha256, c.received_at, 'DUPLICATE', c.verdict, f.observation_year, null, null,
           null, null, null, f.profile, false
    from received_copy c join source_file f on f.sha256 = c.sha256;

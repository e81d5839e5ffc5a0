-- The sources of the golden records' values (pole_field_source: a row per pole and field) are checked once per
-- statement instead of row by row, as the lineage is since V17. Their two foreign keys fired 340,000 checks for the
-- 20,000 poles of the load benchmark's large year: 1.5 s of the golden records statement's 4.2 s under EXPLAIN
-- ANALYZE (2026-12-01). The guarantees stay those of the keys they replace: a source names a stored pole, and a
-- stored raw row or none; it goes with its pole and with its raw row, deleted or truncated (the keys cascaded, one
-- scan of the table for each raw row deleted, as no index leads with raw_row_id: now one statement for all). The
-- poles and raw rows a statement names are locked as a foreign key locks them (KEY SHARE), so that one deleted
-- meanwhile waits for the statement's transaction: golden records are also refreshed outside the import job (an
-- analyst's value, a review decision) while the import may delete raw rows. A pole keeps its number, whether a
-- source rests on it or not (stricter than the key: no pole is ever renumbered).

alter table pole_field_source drop constraint pole_field_source_pole_id_fkey;
alter table pole_field_source drop constraint pole_field_source_raw_row_id_fkey;

create function field_sources_name_their_pole_and_raw_row() returns trigger language plpgsql as $$
begin
    perform 1 from pole p where p.id in (select distinct n.pole_id from new_rows n) for key share;
    perform 1 from raw_row r where r.id in (select distinct n.raw_row_id from new_rows n) for key share;
    if exists (select 1 from new_rows n where not exists (select 1 from pole p where p.id = n.pole_id)) then
        raise foreign_key_violation using message = 'a field source names a pole that is not stored (pole_field_source.pole_id)';
    end if;
    if exists (select 1 from new_rows n
               where n.raw_row_id is not null and not exists (select 1 from raw_row r where r.id = n.raw_row_id)) then
        raise foreign_key_violation using message = 'a field source names a raw row that is not stored (pole_field_source.raw_row_id)';
    end if;
    return null;
end $$;

create function field_sources_go_with_their_pole() returns trigger language plpgsql as $$
begin
    delete from pole_field_source s where s.pole_id in (select o.id from old_rows o);
    return null;
end $$;

create function field_sources_go_with_their_raw_row() returns trigger language plpgsql as $$
begin
    delete from pole_field_source s where s.raw_row_id in (select o.id from old_rows o);
    return null;
end $$;

-- a truncate fires no delete trigger: the sources go all at once (of every raw row, of every pole)
create function field_sources_go_with_all_raw_rows() returns trigger language plpgsql as $$
begin
    delete from pole_field_source where raw_row_id is not null;
    return null;
end $$;

create function field_sources_go_with_all_poles() returns trigger language plpgsql as $$
begin
    delete from pole_field_source;
    return null;
end $$;

create trigger pole_field_source_inserted_names_its_pole_and_raw_row after insert on pole_field_source
    referencing new table as new_rows for each statement execute function field_sources_name_their_pole_and_raw_row();
-- transition tables take no column list: every update is checked, as an analyst's value sets raw_row_id to null
create trigger pole_field_source_updated_names_its_pole_and_raw_row after update on pole_field_source
    referencing new table as new_rows for each statement execute function field_sources_name_their_pole_and_raw_row();
create trigger pole_deleted_takes_its_field_sources after delete on pole
    referencing old table as old_rows for each statement execute function field_sources_go_with_their_pole();
create trigger raw_row_deleted_takes_its_field_sources after delete on raw_row
    referencing old table as old_rows for each statement execute function field_sources_go_with_their_raw_row();
create trigger raw_row_truncated_takes_the_field_sources after truncate on raw_row
    for each statement execute function field_sources_go_with_all_raw_rows();
create trigger pole_truncated_takes_the_field_sources after truncate on pole
    for each statement execute function field_sources_go_with_all_poles();
create trigger pole_keeps_its_id before update of id on pole
    for each row when (old.id is distinct from new.id) execute function lineage_id_is_kept();

-- The lineage file -> raw row -> record is checked once per statement instead of row by row: a COPY of a file's
-- raw rows or of a chunk of records is checked by one set-based query against its parent table, where a foreign
-- key fired a trigger, an index lookup and a row lock for every row. The guarantees stay those of the keys they
-- replace: a raw row names a stored file, a record a stored raw row, and neither a file nor a raw row can go while
-- something rests on it. The files a COPY of raw rows names are locked as a foreign key locks them (KEY SHARE), one
-- lock per file; raw rows are deleted and records written by the import job alone, under its lock.

alter table raw_row drop constraint raw_row_file_id_fkey;
alter table pole_record drop constraint pole_record_raw_row_id_fkey;
alter table member_record drop constraint member_record_raw_row_id_fkey;

create function lineage_raw_rows_name_their_file() returns trigger language plpgsql as $$
begin
    perform 1 from source_file f where f.id in (select distinct n.file_id from new_rows n) for key share;
    if exists (select 1 from new_rows n where not exists (select 1 from source_file f where f.id = n.file_id)) then
        raise foreign_key_violation using message = 'lineage: a raw row names a file that is not stored (raw_row.file_id)';
    end if;
    return null;
end $$;

create function lineage_records_name_their_raw_row() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_rows n where not exists (select 1 from raw_row r where r.id = n.raw_row_id)) then
        raise foreign_key_violation using message = 'lineage: a record names a raw row that is not stored ('
            || tg_table_name || '.raw_row_id)';
    end if;
    return null;
end $$;

-- a raw row keeps its file, a record its raw row: the links are never rewritten (updates of other columns, such as
-- a record's outcome and pole, are not checked at all)
create function lineage_link_is_kept() returns trigger language plpgsql as $$
begin
    raise foreign_key_violation using message = 'lineage: ' || tg_table_name || ' keeps the row it was made from';
end $$;

create function lineage_files_keep_their_raw_rows() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o where exists (select 1 from raw_row r where r.file_id = o.id)) then
        raise foreign_key_violation using message = 'lineage: a file cannot go while raw rows rest on it (raw_row.file_id)';
    end if;
    return null;
end $$;

create function lineage_raw_rows_keep_their_records() returns trigger language plpgsql as $$
begin
    if exists (select 1 from old_rows o where exists (select 1 from pole_record p where p.raw_row_id = o.id)
                                          or exists (select 1 from member_record m where m.raw_row_id = o.id)) then
        raise foreign_key_violation using message = 'lineage: a raw row cannot go while a record rests on it';
    end if;
    return null;
end $$;

create trigger raw_row_inserted_names_its_file after insert on raw_row
    referencing new table as new_rows for each statement execute function lineage_raw_rows_name_their_file();
create trigger pole_record_inserted_names_its_raw_row after insert on pole_record
    referencing new table as new_rows for each statement execute function lineage_records_name_their_raw_row();
create trigger member_record_inserted_names_its_raw_row after insert on member_record
    referencing new table as new_rows for each statement execute function lineage_records_name_their_raw_row();
create trigger source_file_deleted_keeps_its_raw_rows after delete on source_file
    referencing old table as old_rows for each statement execute function lineage_files_keep_their_raw_rows();
create trigger raw_row_deleted_keeps_its_records after delete on raw_row
    referencing old table as old_rows for each statement execute function lineage_raw_rows_keep_their_records();
create trigger raw_row_keeps_its_file before update of file_id on raw_row
    for each row when (old.file_id is distinct from new.file_id) execute function lineage_link_is_kept();
create trigger pole_record_keeps_its_raw_row before update of raw_row_id on pole_record
    for each row when (old.raw_row_id is distinct from new.raw_row_id) execute function lineage_link_is_kept();
create trigger member_record_keeps_its_raw_row before update of raw_row_id on member_record
    for each row when (old.raw_row_id is distinct from new.raw_row_id) execute function lineage_link_is_kept();

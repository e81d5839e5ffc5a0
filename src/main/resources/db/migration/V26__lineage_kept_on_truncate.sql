-- A truncate fires no delete trigger: since V17 dropped the records' foreign keys to raw_row, `truncate raw_row`
-- emptied the table and left the records naming rows that were gone, where the keys refused it unless the records
-- were truncated in the same statement. The same refusal, checked once the truncate is done, so that a statement
-- truncating the records with their raw rows still goes through. (source_file needs none: other tables' foreign
-- keys still refuse to truncate it alone.)

create function lineage_nothing_rests_on_truncated_raw_rows() returns trigger language plpgsql as $$
begin
    if exists (select 1 from pole_record) or exists (select 1 from member_record) then
        raise foreign_key_violation using message = 'lineage: raw_row cannot be emptied while records rest on it';
    end if;
    return null;
end $$;

create trigger raw_row_truncated_keeps_its_records after truncate on raw_row
    for each statement execute function lineage_nothing_rests_on_truncated_raw_rows();

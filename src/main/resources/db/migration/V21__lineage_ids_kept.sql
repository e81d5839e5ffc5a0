-- Since V17 the lineage is kept by triggers: as foreign keys did, they also refuse to renumber a file or a raw
-- row something rests on.
create function lineage_id_is_kept() returns trigger language plpgsql as $$
begin
    raise foreign_key_violation using message = 'lineage: ' || tg_table_name || ' keeps its number';
end $$;

create trigger source_file_keeps_its_id before update of id on source_file
    for each row when (old.id is distinct from new.id) execute function lineage_id_is_kept();
create trigger raw_row_keeps_its_id before update of id on raw_row
    for each row when (old.id is distinct from new.id) execute function lineage_id_is_kept();

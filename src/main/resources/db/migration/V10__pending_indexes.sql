-- Resolution reads its pending records a batch at a time, in file and row order, and commits each batch: these
-- partial indexes find the next batch without scanning the records already resolved.
create index pole_record_pending on pole_record (file_id, raw_row_id) where outcome = 'NORMALISED';
create index member_record_pending on member_record (file_id, raw_row_id) where outcome = 'NORMALISED';

-- Member organisations are looked up by SIREN and by matching name, a file's members at a time.
create index member_siren on member (siren) where siren is not null;
create index member_name_key on member (name_key);

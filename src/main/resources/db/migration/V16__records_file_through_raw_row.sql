-- A record's file is known through its raw row: pole_record and member_record keep their foreign key to raw_row
-- (whose own foreign key names the file), and no longer a second one to source_file. The second key was checked
-- row by row at every insert, for a fact the first already guarantees: a record cannot outlive its raw row, nor a
-- raw row its file. file_id stays, copied from the raw row, so that a file's records are found by an index.
alter table pole_record drop constraint pole_record_file_id_fkey;
alter table member_record drop constraint member_record_file_id_fkey;

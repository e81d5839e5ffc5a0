-- The field of each warning (parallel to warnings), so a network's feedback highlights the very cell.
alter table pole_record add column warning_fields text[] not null default '{}';

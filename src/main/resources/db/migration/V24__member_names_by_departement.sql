-- Member organisations are looked up by name without legal form and by département (MemberResolver): a name
-- written in every département no longer brings back, for each file, every organisation of that name. The index
-- still serves the lookups by name alone (its first column).
drop index member_name_core;
create index member_name_core on member (member_name_core(name_key), departement);

-- A record's pole and member are unknown when it is written (null) and set once, by resolution: index only the
-- records that have one. Every normalised record no longer adds three null entries to these indexes, and no query
-- looks records up by a null pole or member.
drop index pole_record_pole;
create index pole_record_pole on pole_record (pole_id) where pole_id is not null;
drop index member_record_pole;
create index member_record_pole on member_record (pole_id) where pole_id is not null;
drop index member_record_member;
create index member_record_member on member_record (member_id) where member_id is not null;

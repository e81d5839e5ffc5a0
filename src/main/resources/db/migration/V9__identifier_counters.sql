-- Identifiers are numbered by counters updated in the resolving transaction, not by sequences: a run killed
-- mid-resolution rolls its numbers back with its records, so resuming gives the very identifiers an
-- uninterrupted run gives (sequences would leave gaps). Numbers are still never reused: a pole absorbed by a
-- merge keeps its number through its redirect.
create table identifier_counter (
    kind  text   primary key,
    last  bigint not null
);
insert into identifier_counter (kind, last)
select 'pole', case when is_called then last_value else 0 end from pole_number;
insert into identifier_counter (kind, last)
select 'member', case when is_called then last_value else 0 end from member_number;
drop sequence pole_number;
drop sequence member_number;

-- A review pair's and a correction's state are types of their own, with the same values in the same order as the
-- Java enums ReviewQueue.PairStatus and Corrections.Status (DatabaseTypesTest).
create type pair_status as enum ('PENDING', 'SAME', 'DIFFERENT');
drop index review_pair_status;
alter table review_pair alter column status drop default;
alter table review_pair alter column status type pair_status using status::pair_status;
alter table review_pair alter column status set default 'PENDING';
create index review_pair_status on review_pair (status);

create type correction_status as enum ('PENDING', 'APPROVED', 'REJECTED');
drop index correction_pending;
alter table correction alter column status drop default;
alter table correction alter column status type correction_status using status::correction_status;
alter table correction alter column status set default 'PENDING';
create index correction_pending on correction (proposed_at) where status = 'PENDING';

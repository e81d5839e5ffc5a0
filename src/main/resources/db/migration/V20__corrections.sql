-- Corrections a network proposes to a field of one of its poles (« ce pôle est dissous » is one: its status), for
-- an analyst to approve or reject; an approved one becomes an override of the golden record (pole_override).
create table correction (
    id          bigserial   primary key,
    pole_id     text        not null,
    field       text        not null,
    value       text        not null,
    network     text        not null,
    proposed_by text        not null,
    proposed_at timestamptz not null default now(),
    status      text        not null default 'PENDING',     -- PENDING, APPROVED, REJECTED
    decided_by  text,
    decided_at  timestamptz
);
create index correction_pending on correction (proposed_at) where status = 'PENDING';
create index correction_pole on correction (pole_id);

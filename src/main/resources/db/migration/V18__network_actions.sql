-- What network accounts do (log in, send a file, download a feedback workbook), with who and when: listed to the
-- analysts on the files page.
create table network_action (
    id          bigserial   primary key,
    account     text        not null,
    network     text        not null,
    action      text        not null,
    detail      text,
    at          timestamptz not null default now()
);
create index network_action_at on network_action (at desc);

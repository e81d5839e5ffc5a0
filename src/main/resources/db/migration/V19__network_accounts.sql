-- Networks' accounts created by analysts on the accounts page (those of observatory.security.users are
-- configured, read-only, and never stored here): the password hashed with its algorithm ({bcrypt}…).
create table network_account (
    login       text        primary key,
    password    text        not null,
    network     text        not null,          -- the network's source profile, by name
    disabled    boolean     not null default false,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_by  text,
    updated_at  timestamptz
);

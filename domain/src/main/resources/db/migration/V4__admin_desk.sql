-- Event Desk schema, version 4: the admin's desk. The security log, and indexes for the admin's lists.

-- The security log is append-only: the application has no path that updates or deletes a row (the entity's
-- columns are not updatable and its repository only appends). Ids come in blocks of 50 like other busy tables.
create sequence security_event_seq start with 1 increment by 50;

create table security_event (
    id             bigint        not null primary key,
    occurred_at    timestamp with time zone not null,
    kind           varchar(30)   not null,
    actor          varchar(64),
    subject_user   varchar(64),
    subject        varchar(200),
    client_address varchar(64),
    detail         varchar(1000)
);

-- The log grid reads newest first, optionally for some kinds or one user; the ORDER BY of its queries repeats
-- these columns and directions so that H2 reads an index in order instead of sorting (see PLATFORM.md).
create index ix_security_event_time on security_event (occurred_at desc, id desc);
create index ix_security_event_kind on security_event (kind, occurred_at desc, id desc);
create index ix_security_event_actor on security_event (actor, occurred_at desc, id desc);
create index ix_security_event_subject_user on security_event (subject_user, occurred_at desc, id desc);
-- The address lockout counts recent failures from one address at every failed login.
create index ix_security_event_address on security_event (client_address, kind, occurred_at desc);

-- The tokens grid: newest first, for everyone or for one owner.
create index ix_api_token_created on api_token (created_at desc, id desc);
create index ix_api_token_owner on api_token (owner_id, created_at desc, id desc);

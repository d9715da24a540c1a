-- Event Desk schema, version 6: a session ends when its user's password changes. Each account counts its password
-- changes and a session remembers the count it logged in under. Existing accounts have had one password.
alter table desk_user add column password_generation integer default 1 not null;

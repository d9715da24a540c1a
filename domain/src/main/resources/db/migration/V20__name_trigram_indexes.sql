-- The records list filters by actor and by place with lower(name) like '%words%'. A b-tree cannot answer a match in the
-- middle of a name, so for a name few records hold (or none) PostgreSQL read every actor or every place to find out:
-- a parallel scan of record_actor, 341 ms a page on the generated million (record_place: 227 ms). A trigram index
-- (pg_trgm, a contrib module of PostgreSQL and a trusted extension from version 13, so any role with CREATE on the
-- database may create it) answers such a LIKE from the index. A name many records hold is still found by walking the
-- records in the list's order (the planner weighs both with V19's statistics).
-- Without the extension (a server built without PostgreSQL's contrib modules, or a role that may not create it) the
-- desk works as before, only slower for rare names: the first block warns instead of failing the start, and the second
-- makes the indexes only when the extension is there. To add them later: create extension pg_trgm, then the two
-- indexes as below.
-- H2 has no trigram index; a line that starts with the placeholder runs on PostgreSQL alone (on H2 it is a comment).
${postgresql_only}do $$
${postgresql_only}begin
${postgresql_only}    create extension if not exists pg_trgm;
${postgresql_only}exception
${postgresql_only}    when insufficient_privilege or undefined_file or feature_not_supported then
${postgresql_only}        raise warning 'Event Desk: extension pg_trgm not created (%), so filters by a rare actor or place name will read every name', sqlerrm;
${postgresql_only}end
${postgresql_only}$$;
${postgresql_only}do $$
${postgresql_only}declare
${postgresql_only}    trgm_schema name;
${postgresql_only}begin
${postgresql_only}    select n.nspname into trgm_schema
${postgresql_only}        from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
${postgresql_only}    if trgm_schema is not null then
${postgresql_only}        execute format('create index ix_record_actor_name_trigrams on record_actor using gin (lower(name) %I.gin_trgm_ops)', trgm_schema);
${postgresql_only}        execute format('create index ix_record_place_name_trigrams on record_place using gin (lower(name) %I.gin_trgm_ops)', trgm_schema);
${postgresql_only}    end if;
${postgresql_only}end
${postgresql_only}$$;

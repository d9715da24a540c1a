-- The records list filters by actor and by place with lower(name) like '%words%', a match anywhere in a name. On
-- PostgreSQL V20's trigram indexes answer it; H2 has no index that can, so for a name few records hold (or none) it
-- walked every record in the list's order looking for one: 2.6 s a page on the generated million for an actor nobody
-- is. Here H2 gets the two things that let the list ask the other way round:
-- - every name an actor or a place has ever had, once (a few thousand where the facts number millions), which the
--   list reads to turn the words into whole names; the server adds a name as it saves a fact that has it
--   (KnownNamesIntegrator), in the same transaction, and never removes one (a name nobody holds any more matches no
--   record, which is what the list then says);
-- - an index on each table by the whole name, which gives the records that hold those names.
-- A line that starts with the placeholder runs on H2 alone (on PostgreSQL it is a comment).
${h2_only}create table known_actor_name (
${h2_only}    name varchar(200) not null,
${h2_only}    constraint pk_known_actor_name primary key (name)
${h2_only});
${h2_only}create table known_place_name (
${h2_only}    name varchar(200) not null,
${h2_only}    constraint pk_known_place_name primary key (name)
${h2_only});
${h2_only}insert into known_actor_name (name) select distinct name from record_actor;
${h2_only}insert into known_place_name (name) select distinct name from record_place;
${h2_only}create index ix_record_actor_name on record_actor (name, record_id);
${h2_only}create index ix_record_place_name on record_place (name, record_id);

-- The records list filters by actor and by place with lower(name) like '%words%'. PostgreSQL keeps no statistics on
-- lower(name) unless told to, so it guessed that a few hundred of 1.5 million actors match "police" where a hundred
-- thousand do, and answered the published records by that actor by reading every actor first (a parallel scan of
-- record_actor, 1.0-1.2 s a page on the generated million; 1.5-3.5 ms with these statistics, which make it walk the
-- records in the list's order and stop after a page). ANALYZE fills them now, so that a desk already full gets them
-- at once; autovacuum keeps them up to date after that.
-- H2 plans these filters without them; a line that starts with the placeholder runs on PostgreSQL alone (on H2 it is
-- a comment).
${postgresql_only}create statistics st_record_actor_lower_name on (lower(name)) from record_actor;
${postgresql_only}create statistics st_record_place_lower_name on (lower(name)) from record_place;
${postgresql_only}analyze record_actor;
${postgresql_only}analyze record_place;

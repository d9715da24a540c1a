-- Event Desk schema, version 12: indexes for a desk of a million records (issue 10). Every filter of the records
-- list that is an equality (status, a sub-type, verification) has an index that starts with it and goes on in each of
-- the list's two orders, so that a page is an index walk that stops after 50 rows: the list's ORDER BY repeats that
-- column first (PLATFORM.md, "H2 at a million rows"). The work queues read by status and last change.

-- The list orders by event time "desc nulls last" (records without a time at the end). PostgreSQL keeps NULLs first in
-- a descending index unless told otherwise, and then cannot walk it in that order; H2 reads these the same as before.
drop index ix_record_start;
create index ix_record_start on event_record (event_start desc nulls last, id desc);
drop index ix_record_status_start;
create index ix_record_status_start on event_record (status, event_start desc nulls last, id desc);
drop index ix_record_type_start;
create index ix_record_type_start on event_record (type_code, event_start desc nulls last, id desc);

create index ix_record_status_updated on event_record (status, updated_at desc, id desc);
create index ix_record_type_updated on event_record (type_code, updated_at desc, id desc);
create index ix_record_verification_start on event_record (verification, event_start desc nulls last, id desc);
create index ix_record_verification_updated on event_record (verification, updated_at desc, id desc);

-- "My drafts" and "Returned to me": the records a user wrote or edited, found from the user's side.
create index ix_revision_editor_user on record_revision_editor (username, record_id);

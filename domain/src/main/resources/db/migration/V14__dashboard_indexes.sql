-- The dashboard (issue 12) reads the last twelve weeks of the desk: review decisions from the records' history and
-- the publication log by time. Without these, both would read their whole table.
create index ix_record_change_action_time on record_change (action, changed_at);
create index ix_publication_time on publication (published_at);

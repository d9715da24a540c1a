-- The server that runs an import's job: the one that received the upload and keeps its file in its data directory.
-- With several servers on one database each resumes only its own imports after a restart and stops only its own
-- jobs (a job execution's number means something only to the server that started it). Null for imports queued
-- before, which any server resumes, as it did then.
alter table archive_import add column server_id varchar(64);

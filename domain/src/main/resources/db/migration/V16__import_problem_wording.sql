-- An import problem's wording beside its English message: the key and arguments of the sentence, encoded, so the
-- admin's Import page says a stored problem in the admin's language (the API and the CSV report keep the English).
-- Null for problems stored before, which the page shows in English.
alter table archive_import_problem add column wording varchar(4000);

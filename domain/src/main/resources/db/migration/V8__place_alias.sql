-- A place's other name: the gazetteer's when the record names the place as the report does ("Mykolaiv" in the
-- record, "Mykolayiv" here), so the spelling a data set uses is not lost. Null when there is none.
alter table record_place add column alias varchar(200);

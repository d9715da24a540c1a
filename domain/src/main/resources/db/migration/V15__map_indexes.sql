-- The desk's map (issue 12) asks for the places inside the rectangle on screen: by latitude first, the range a
-- zoomed-in view narrows most, with the longitude in the index so the rows outside the view are skipped there.
create index ix_record_place_lat_lon on record_place (lat, lon);

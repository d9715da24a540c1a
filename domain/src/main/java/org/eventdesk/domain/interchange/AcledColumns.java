package org.eventdesk.domain.interchange;

/** The ACLED column a record rule's field path came from, so the report names what the admin can fix in the file. */
final class AcledColumns {
    private AcledColumns() {}

    static String of(String path) {
        String head = path.split("[\\[.]", 2)[0];
        return switch (head) {
            case "type" -> "sub_event_type";
            case "title", "places" ->
                path.endsWith(".lat")
                        ? "latitude"
                        : path.endsWith(".lon")
                                ? "longitude"
                                : path.contains("admin1")
                                        ? "admin1"
                                        : path.contains("admin2")
                                                ? "admin2"
                                                : path.contains("country") ? "iso" : "location";
            case "summary" -> "notes";
            case "time" -> "event_date";
            case "actors" -> "actor1";
            case "figures" -> "fatalities";
            case "tags" -> "tags";
            default -> path;
        };
    }
}

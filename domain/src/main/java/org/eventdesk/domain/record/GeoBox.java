package org.eventdesk.domain.record;

import java.util.Locale;
import org.eventdesk.domain.shared.FieldError;
import org.eventdesk.domain.shared.InvalidInputException;
import org.eventdesk.domain.shared.Wording;

/**
 * A rectangle of the map in degrees (WGS 84): the area an editor drew, or what a map shows. Its edges are inside it.
 * It does not cross the antimeridian: a map wider than the world is cut to it before it asks (see {@link #clamped}).
 *
 * <p>Written as {@code west,south,east,north}, the order of GeoJSON's {@code bbox} and of OpenSearch's {@code
 * geo_bounding_box} in WKT, in the desk's addresses ({@code /map?area=30.2,50.3,30.8,50.6}) and the API.
 */
public record GeoBox(double west, double south, double east, double north) {
    /** Coordinates to a tenth of a metre are more than a drawn rectangle means; shorter addresses. */
    private static final int DECIMALS = 6;

    public GeoBox {
        if (!Double.isFinite(west) || !Double.isFinite(south) || !Double.isFinite(east) || !Double.isFinite(north)) {
            throw invalid(Wording.of("record.area.fourNumbers"));
        }
        if (south < -90 || north > 90 || south > north) {
            throw invalid(Wording.of("record.area.latitudes"));
        }
        if (west < -180 || east > 180 || west > east) {
            throw invalid(Wording.of("record.area.longitudes"));
        }
    }

    /**
     * Reads {@code west,south,east,north}.
     *
     * @throws InvalidInputException naming {@code area} when the text is not four numbers in range
     */
    public static GeoBox parse(String text) {
        String[] parts = text.strip().split("\\s*,\\s*");
        if (parts.length != 4) {
            throw invalid(Wording.of("record.area.shape"));
        }
        double[] numbers = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw invalid(Wording.of("record.area.notDegrees", parts[i]));
            }
        }
        return new GeoBox(numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    /**
     * What a map's view shows of the world: a view panned past the antimeridian or zoomed out beyond the world is
     * cut to it (a view that wraps is taken as the whole width).
     */
    public static GeoBox clamped(double west, double south, double east, double north) {
        double w = west;
        double e = east;
        if (e - w >= 360 || w < -180 && e > 180) {
            w = -180;
            e = 180;
        }
        return new GeoBox(clamp(w, -180, 180), clamp(south, -90, 90), clamp(e, -180, 180), clamp(north, -90, 90));
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    /** The text {@link #parse} reads. */
    public String text() {
        return number(west) + "," + number(south) + "," + number(east) + "," + number(north);
    }

    private static String number(double degrees) {
        String text = String.format(Locale.ROOT, "%." + DECIMALS + "f", degrees);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static InvalidInputException invalid(Wording problem) {
        return new InvalidInputException(new FieldError("area", problem));
    }
}

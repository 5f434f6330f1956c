package io.tandem.export.plan;

/**
 * The point in a plan's history to export: the current plan, or the plan as of an instant, a version or a
 * named review. {@code parameter} is the query parameter that selects it and {@code value} its raw text,
 * which query-service validates.
 */
public record PlanPoint(String parameter, String value) {

    public static final String AT = "at";
    public static final String VERSION = "version";
    public static final String REVIEW = "review";

    private static final PlanPoint CURRENT = new PlanPoint(null, null);

    public static PlanPoint current() {
        return CURRENT;
    }

    public boolean isCurrent() {
        return parameter == null;
    }
}

package org.sitrep.model;

/**
 * A time expression with its TIMEX3-style {@code type} (DATE, TIME, DURATION, SET) and {@code
 * value} (2023-06-26, 2027, 2022-06, 2022-W05, P6Y, PAST_REF ...). {@code anchored} tells whether
 * the value was resolved against the publication date.
 */
public record TimeExpr(
    int start, int end, String text, String type, String value, boolean anchored) {}

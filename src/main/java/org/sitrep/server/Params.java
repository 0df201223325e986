package org.sitrep.server;

import io.javalin.http.Context;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sitrep.store.Filters;
import org.sitrep.store.Page;

/**
 * Typed, checked reading of query parameters; a bad value becomes a 400 that names the parameter
 * and the reason.
 */
public final class Params {
  static final int MAX_TEXT = 2_000;
  public static final Param OFFSET =
      Param.integer("offset", "how many results to skip", 0, Page.MAX_END - 1);
  public static final Param LIMIT = Param.integer("limit", "how many results to return", 1, 200);
  public static final Param OUTLET =
      Param.text("outlet", "only documents from this outlet (exact)");
  public static final Param LABEL =
      Param.text("label", "only documents with this topic label (exact)");
  public static final Param FROM =
      Param.date("from", "published on or after this date (yyyy-mm-dd)");
  public static final Param TO = Param.date("to", "published on or before this date (yyyy-mm-dd)");

  private Params() {}

  /** A bounded integer parameter, or {@code fallback} when absent. */
  public static int integer(Context ctx, Param p, int fallback) {
    return ctx.queryParamAsClass(p.name(), Integer.class)
        .check(v -> v >= p.min(), "must be >= " + p.min())
        .check(v -> v <= p.max(), "must be <= " + p.max())
        .getOrDefault(fallback);
  }

  /** A text parameter, null when absent or blank. */
  public static String text(Context ctx, Param p) {
    String v =
        ctx.queryParamAsClass(p.name(), String.class)
            .allowNullable()
            .check(
                s -> s == null || s.length() <= MAX_TEXT,
                "must be at most " + MAX_TEXT + " characters")
            .get();
    return v == null || v.isBlank() ? null : v.strip();
  }

  public static LocalDate date(Context ctx, Param p) {
    return ctx.queryParamAsClass(p.name(), LocalDate.class).allowNullable().get();
  }

  public static Page page(Context ctx, int defaultLimit) {
    int offset = integer(ctx, OFFSET, 0);
    int limit = integer(ctx, LIMIT, defaultLimit);
    if ((long) offset + limit > Page.MAX_END) {
      throw ApiError.badParameter(
          "offset", "offset + limit must be <= " + Page.MAX_END + "; narrow the query");
    }
    return new Page(offset, limit);
  }

  public static Filters filters(Context ctx) {
    LocalDate from = date(ctx, FROM), to = date(ctx, TO);
    if (from != null && to != null && from.isAfter(to)) {
      throw ApiError.badParameter(
          "from", "is after 'to' (" + from + " > " + to + "): the date range is empty");
    }
    return new Filters(text(ctx, OUTLET), text(ctx, LABEL), from, to);
  }

  /**
   * Turns Javalin's validation failure into our error: the first failing parameter, and why in
   * words.
   */
  static ApiError fromValidation(ValidationException e) {
    for (Map.Entry<String, List<ValidationError<Object>>> en : e.getErrors().entrySet()) {
      for (ValidationError<Object> err : en.getValue()) {
        String why = err.getMessage();
        if ("TYPE_CONVERSION_FAILED".equals(why))
          why = "cannot read '" + err.getValue() + "' as " + expected(en.getKey());
        else if ("NULLCHECK_FAILED".equals(why)) why = "is required";
        else if (err.getValue() != null) why = why + " (was '" + err.getValue() + "')";
        return ApiError.badParameter(en.getKey(), why);
      }
    }
    return new ApiError(400, "bad request", null);
  }

  private static String expected(String name) {
    return name.equals("from") || name.equals("to") ? "a date yyyy-mm-dd" : "an integer";
  }
}

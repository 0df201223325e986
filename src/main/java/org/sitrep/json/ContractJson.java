package org.sitrep.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Annotated;
import org.sitrep.model.Diagnostic;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Fact;
import org.sitrep.model.Mention;
import org.sitrep.model.Published;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Source;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpr;

/**
 * Writes and reads the {@code annotate} contract (see DESIGN.md): field names here are a public
 * interface; extend, never rename. Tokens are working data and are not written.
 */
public final class ContractJson {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  /** 2: the facts layer; a contract of version 1 has no facts. */
  public static final int VERSION = 2;

  private ContractJson() {}

  public static String line(Annotated a) {
    try {
      return MAPPER.writeValueAsString(toJson(a));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode toJson(Annotated a) {
    Document d = a.document();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", d.id());
    o.set("source", source(d.source()));
    if (d.sources().size() > 1) {
      ArrayNode all = o.putArray("sources");
      for (Source s : d.sources()) all.add(source(s));
    }
    o.put("outlet", d.outlet());
    o.put("label", d.label());
    o.put("title", d.title());
    ObjectNode p = o.putObject("published");
    p.put("value", d.published().value());
    p.put("how", d.published().how().json());
    if (d.published().evidence() != null) p.put("evidence", d.published().evidence());
    o.put("language", d.language());
    ArrayNode h = o.putArray("headings");
    d.headings().forEach(h::add);
    o.put("body", d.body());

    ArrayNode sents = o.putArray("sentences");
    for (Span s : a.sentences()) sents.addObject().put("start", s.start()).put("end", s.end());

    ArrayNode ents = o.putArray("entities");
    for (Mention m : a.entities()) {
      ObjectNode e =
          ents.addObject().put("start", m.start()).put("end", m.end()).put("text", m.text());
      e.put("type", m.type());
      putIf(e, "role", m.role());
      putIf(e, "country", m.country());
      putIf(e, "canonical", m.canonical());
      putIf(e, "entityId", m.entityId());
      putIf(e, "kind", m.kind());
      if (!Double.isNaN(m.lat())) e.put("lat", m.lat()).put("lon", m.lon());
    }

    ArrayNode times = o.putArray("times");
    for (TimeExpr t : a.times()) {
      times
          .addObject()
          .put("start", t.start())
          .put("end", t.end())
          .put("text", t.text())
          .put("type", t.type())
          .put("value", t.value())
          .put("anchored", t.anchored());
    }

    ArrayNode qs = o.putArray("quantities");
    for (Quantity q : a.quantities()) {
      ObjectNode n =
          qs.addObject().put("start", q.start()).put("end", q.end()).put("text", q.text());
      putNumber(n, "value", q.value());
      if (q.valueMax() != null) putNumber(n, "valueMax", q.valueMax());
      putIf(n, "unit", q.unit());
      putIf(n, "counted", q.counted());
      n.put("approximate", q.approximate());
      n.put("bound", q.bound().json());
      putIf(n, "change", q.change());
    }

    ArrayNode quotes = o.putArray("quotes");
    for (Quote q : a.quotes()) {
      ObjectNode n =
          quotes.addObject().put("start", q.start()).put("end", q.end()).put("text", q.text());
      putIf(n, "speaker", q.speaker());
      if (q.speakerStart() >= 0)
        n.put("speakerStart", q.speakerStart()).put("speakerEnd", q.speakerEnd());
      putIf(n, "cue", q.cue());
      n.put("kind", q.kind().json());
    }

    ArrayNode evs = o.putArray("events");
    for (Event e : a.events()) {
      ObjectNode n = evs.addObject().put("type", e.type());
      putIf(n, "code", e.code());
      n.put("start", e.start()).put("end", e.end());
      putIf(n, "actor", e.actor());
      putIf(n, "target", e.target());
      putIf(n, "location", e.location());
      if (e.quantityIndex() >= 0) n.put("quantityIndex", e.quantityIndex());
      putIf(n, "time", e.time());
      n.put("status", e.status().json());
    }

    ArrayNode facts = o.putArray("facts");
    for (Fact f : a.facts()) facts.add(fact(f));

    ArrayNode diags = o.putArray("diagnostics");
    for (Diagnostic g : a.diagnostics())
      diags.addObject().put("stage", g.stage()).put("message", g.message());
    return o;
  }

  /** One fact of the {@code facts} layer; null fields are left out, partOf only when it points. */
  public static ObjectNode fact(Fact f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("quantityIndex", f.quantityIndex());
    putIf(n, "subject", f.subject());
    if (f.subjectStart() != null) n.put("subjectStart", f.subjectStart());
    if (f.subjectEnd() != null) n.put("subjectEnd", f.subjectEnd());
    n.put("measure", f.measure());
    putIf(n, "place", f.place());
    putNumber(n, "value", f.value());
    if (f.valueMax() != null) putNumber(n, "valueMax", f.valueMax());
    putIf(n, "unit", f.unit());
    n.put("bound", f.bound().json());
    n.put("approximate", f.approximate());
    putIf(n, "change", f.change());
    n.put("kind", f.kind().json());
    n.put("status", f.status().json());
    putIf(n, "asOf", f.asOf());
    putIf(n, "asOfHow", f.asOfHow());
    putIf(n, "period", f.period());
    putIf(n, "target", f.target());
    putIf(n, "attributedTo", f.attributedTo());
    n.put("evidenceStart", f.evidenceStart());
    n.put("evidenceEnd", f.evidenceEnd());
    if (f.partOf() >= 0) n.put("partOf", f.partOf());
    return n;
  }

  /** Reads one fact written by {@link #fact}. */
  public static Fact factFrom(JsonNode f) {
    return new Fact(
        f.path("quantityIndex").asInt(-1),
        text(f, "subject"),
        f.hasNonNull("subjectStart") ? f.get("subjectStart").asInt() : null,
        f.hasNonNull("subjectEnd") ? f.get("subjectEnd").asInt() : null,
        text(f, "measure"),
        text(f, "place"),
        f.path("value").asDouble(),
        f.hasNonNull("valueMax") ? f.get("valueMax").asDouble() : null,
        text(f, "unit"),
        Quantity.Bound.valueOf(f.path("bound").asText("exact").toUpperCase(java.util.Locale.ROOT)),
        f.path("approximate").asBoolean(),
        text(f, "change"),
        Fact.Kind.of(f.path("kind").asText("level")),
        Fact.Status.of(f.path("status").asText("current")),
        text(f, "asOf"),
        text(f, "asOfHow"),
        text(f, "period"),
        text(f, "target"),
        text(f, "attributedTo"),
        f.path("evidenceStart").asInt(),
        f.path("evidenceEnd").asInt(),
        f.path("partOf").asInt(-1));
  }

  private static ObjectNode source(Source s) {
    ObjectNode n = MAPPER.createObjectNode();
    putIf(n, "path", s.path());
    putIf(n, "url", s.url());
    putIf(n, "id", s.recordId());
    if (s.offset() >= 0) n.put("offset", s.offset());
    return n;
  }

  private static void putIf(ObjectNode n, String k, String v) {
    if (v != null) n.put(k, v);
  }

  private static void putNumber(ObjectNode n, String k, double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) n.put(k, (long) v);
    else n.put(k, v);
  }

  /** Reads a contract object back; the inverse of {@link #toJson} (tokens are not kept). */
  public static Annotated fromJson(JsonNode o) {
    List<Source> sources = new ArrayList<>();
    if (o.has("sources")) o.get("sources").forEach(s -> sources.add(sourceFrom(s)));
    else sources.add(sourceFrom(o.get("source")));
    JsonNode p = o.path("published");
    Published pub =
        new Published(
            text(p, "value"),
            Published.How.valueOf(
                p.path("how").asText("unknown").toUpperCase(java.util.Locale.ROOT)),
            text(p, "evidence"));
    List<String> headings = new ArrayList<>();
    o.path("headings").forEach(h -> headings.add(h.asText()));
    Document d =
        new Document(
            text(o, "id"),
            sources,
            text(o, "outlet"),
            text(o, "label"),
            text(o, "title"),
            pub,
            text(o, "language"),
            headings,
            o.get("body").asText());

    List<Span> sents = new ArrayList<>();
    o.path("sentences")
        .forEach(s -> sents.add(new Span(s.get("start").asInt(), s.get("end").asInt())));
    List<Mention> ents = new ArrayList<>();
    for (JsonNode e : o.path("entities")) {
      ents.add(
          new Mention(
              e.get("start").asInt(),
              e.get("end").asInt(),
              text(e, "text"),
              text(e, "type"),
              text(e, "role"),
              text(e, "country"),
              text(e, "canonical"),
              text(e, "entityId"),
              text(e, "kind"),
              e.has("lat") ? e.get("lat").asDouble() : Double.NaN,
              e.has("lon") ? e.get("lon").asDouble() : Double.NaN));
    }
    List<TimeExpr> times = new ArrayList<>();
    for (JsonNode t : o.path("times")) {
      times.add(
          new TimeExpr(
              t.get("start").asInt(),
              t.get("end").asInt(),
              text(t, "text"),
              text(t, "type"),
              text(t, "value"),
              t.path("anchored").asBoolean()));
    }
    List<Quantity> qs = new ArrayList<>();
    for (JsonNode q : o.path("quantities")) {
      qs.add(
          new Quantity(
              q.get("start").asInt(),
              q.get("end").asInt(),
              text(q, "text"),
              q.get("value").asDouble(),
              q.has("valueMax") ? q.get("valueMax").asDouble() : null,
              text(q, "unit"),
              text(q, "counted"),
              q.path("approximate").asBoolean(),
              Quantity.Bound.valueOf(
                  q.path("bound").asText("exact").toUpperCase(java.util.Locale.ROOT)),
              text(q, "change")));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : o.path("quotes")) {
      quotes.add(
          new Quote(
              q.get("start").asInt(),
              q.get("end").asInt(),
              text(q, "text"),
              text(q, "speaker"),
              q.path("speakerStart").asInt(-1),
              q.path("speakerEnd").asInt(-1),
              text(q, "cue"),
              Quote.Kind.valueOf(
                  q.path("kind").asText("direct").toUpperCase(java.util.Locale.ROOT))));
    }
    List<Event> evs = new ArrayList<>();
    for (JsonNode e : o.path("events")) {
      evs.add(
          new Event(
              text(e, "type"),
              text(e, "code"),
              e.get("start").asInt(),
              e.get("end").asInt(),
              text(e, "actor"),
              text(e, "target"),
              text(e, "location"),
              e.path("quantityIndex").asInt(-1),
              text(e, "time"),
              Event.Status.valueOf(
                  e.path("status").asText("reported").toUpperCase(java.util.Locale.ROOT))));
    }
    List<Fact> facts = new ArrayList<>();
    for (JsonNode f : o.path("facts")) facts.add(factFrom(f));
    List<Diagnostic> diags = new ArrayList<>();
    for (JsonNode g : o.path("diagnostics"))
      diags.add(new Diagnostic(text(g, "stage"), text(g, "message")));
    return new Annotated(d, sents, List.of(), ents, times, qs, quotes, evs, facts, diags);
  }

  private static Source sourceFrom(JsonNode s) {
    if (s == null || s.isNull()) return new Source(null, null, null, -1);
    return new Source(text(s, "path"), text(s, "url"), text(s, "id"), s.path("offset").asLong(-1));
  }

  private static String text(JsonNode n, String k) {
    JsonNode v = n.get(k);
    return v == null || v.isNull() ? null : v.asText();
  }
}

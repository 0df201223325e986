package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A document with every annotation layer found so far. Stages never edit a layer: they return a
 * copy with the layer they add ({@code withX}). Tokens are the language layer's working data and
 * are not part of the annotate contract.
 */
public record Annotated(
    Document document,
    List<Span> sentences,
    List<Token> tokens,
    List<Mention> entities,
    List<TimeExpr> times,
    List<Quantity> quantities,
    List<Quote> quotes,
    List<Event> events,
    List<Fact> facts,
    List<Diagnostic> diagnostics) {

  public Annotated {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    quotes = List.copyOf(quotes);
    events = List.copyOf(events);
    facts = List.copyOf(facts);
    diagnostics = List.copyOf(diagnostics);
  }

  public static Annotated of(Document d) {
    return new Annotated(
        d, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
  }

  public String body() {
    return document.body();
  }

  public Annotated withSentences(List<Span> s) {
    return new Annotated(
        document, s, tokens, entities, times, quantities, quotes, events, facts, diagnostics);
  }

  public Annotated withTokens(List<Token> t) {
    return new Annotated(
        document, sentences, t, entities, times, quantities, quotes, events, facts, diagnostics);
  }

  public Annotated withEntities(List<Mention> e) {
    return new Annotated(
        document, sentences, tokens, e, times, quantities, quotes, events, facts, diagnostics);
  }

  public Annotated withTimes(List<TimeExpr> t) {
    return new Annotated(
        document, sentences, tokens, entities, t, quantities, quotes, events, facts, diagnostics);
  }

  public Annotated withQuantities(List<Quantity> q) {
    return new Annotated(
        document, sentences, tokens, entities, times, q, quotes, events, facts, diagnostics);
  }

  public Annotated withQuotes(List<Quote> q) {
    return new Annotated(
        document, sentences, tokens, entities, times, quantities, q, events, facts, diagnostics);
  }

  public Annotated withEvents(List<Event> e) {
    return new Annotated(
        document, sentences, tokens, entities, times, quantities, quotes, e, facts, diagnostics);
  }

  public Annotated withFacts(List<Fact> f) {
    return new Annotated(
        document, sentences, tokens, entities, times, quantities, quotes, events, f, diagnostics);
  }

  public Annotated withDocument(Document d) {
    return new Annotated(
        d, sentences, tokens, entities, times, quantities, quotes, events, facts, diagnostics);
  }

  public Annotated withDiagnostic(Diagnostic d) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    all.add(d);
    return new Annotated(
        document, sentences, tokens, entities, times, quantities, quotes, events, facts, all);
  }

  /** The sentence holding {@code offset}, trimmed, or null when no sentence does. */
  public String sentenceText(int offset) {
    int si = sentenceAt(offset);
    return si < 0 ? null : sentences.get(si).of(document.body()).strip();
  }

  /**
   * Whether {@code offset} lies inside a quotation: someone else's words, not the article's own
   * voice.
   */
  public boolean insideQuote(int offset) {
    for (Quote q : quotes) if (offset >= q.start() && offset < q.end()) return true;
    return false;
  }

  /** The index of the sentence holding {@code offset}, or -1. */
  public int sentenceAt(int offset) {
    int lo = 0, hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) hi = mid - 1;
      else if (offset >= s.end()) lo = mid + 1;
      else return mid;
    }
    return -1;
  }
}

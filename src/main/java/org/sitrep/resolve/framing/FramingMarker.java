package org.sitrep.resolve.framing;

/**
 * A framing marker in one article: its {@code kind} ("naming", "loaded", "unsourced-claim"), the
 * words as written and where, the sentence it stands in, and why it is a marker ("Russian-derived
 * spelling; others write Kyiv").
 */
public record FramingMarker(
    String docId,
    String outlet,
    String kind,
    String text,
    int start,
    int end,
    String sentence,
    String why) {}

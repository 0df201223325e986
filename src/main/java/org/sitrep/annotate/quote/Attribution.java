package org.sitrep.annotate.quote;

/**
 * What the text says about who spoke a quote: the cue ("said", "according to", ":"), the speaker
 * mention as written ({@code mentionStart}/{@code mentionEnd}, -1 when the cue has no subject in
 * reach) and what that mention is. {@code weak} marks cues that only frame a quote ("called it
 * “…”") rather than report speech.
 */
record Attribution(
    int cueStart,
    int cueEnd,
    String cue,
    int mentionStart,
    int mentionEnd,
    MentionKind mentionKind,
    boolean weak) {

  enum MentionKind {
    NAME,
    PRONOUN,
    DESCRIPTION,
    NONE
  }

  boolean hasMention() {
    return mentionKind != MentionKind.NONE;
  }

  Attribution withMention(int s, int e, MentionKind k) {
    return new Attribution(cueStart, cueEnd, cue, s, e, k, weak);
  }
}

package org.sitrep.model;

/**
 * A token from the language layer: its offsets into the body, the word as written, its part of speech, lemma and
 * named-entity tag (O when none), and the index of its sentence.
 */
public record Token(int start, int end, String word, String pos, String lemma, String ner, int sentence) {}

package org.sitrep.resolve;

import java.util.List;

/**
 * A story as analysts see it: a title (of its first article), its articles, how many distinct
 * reports they are once copies are folded, the outlets, the dates it spans, and its most mentioned
 * entities.
 */
public record StoryView(
    String id,
    String title,
    List<String> docs,
    int distinctReports,
    List<String> outlets,
    String first,
    String last,
    List<String> topEntities) {}

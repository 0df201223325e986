package org.sitrep.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops blocks that are furniture even inside the article container: link lists, share and print
 * prompts, and headings left without text after their section was removed.
 */
public final class BlockFilter {
  /**
   * Short lines that are controls, prompts or pointers to other articles rather than prose, in the
   * languages of the news this reads (en, de, fr, es, it, pt, pl, nl). Matched against the whole
   * block, case-insensitively, ignoring trailing punctuation.
   */
  private static final Pattern PROMPT =
      Pattern.compile(
          "(?iu)^(share|share this( (article|story|post))?|share on \\w+|tweet|print|e-?mail|email this|advertisement|ad"
              + "|anzeige|werbung|publicité|publicidad|pubblicità|reklama|read more|weiterlesen|mehr lesen|lire la suite"
              + "|continue reading|leer más|leia mais|czytaj (więcej|dalej)|related( articles| posts| stories| coverage| content)?"
              + "|more stories|latest (articles|news|stories)|most (read|popular)|meist ?gelesen|recommended( for you)?"
              + "|you (may|might) also like|see also|read also|also read|comments?|\\d* ?kommentare?|keine kommentare|no comments"
              + "|view comments|leave a (comment|reply)|schreibe einen kommentar|kommentar (verfassen|schreiben)|tags?"
              + "|schlagworte|themen|temas|topics|kategorie|category|facebook|twitter|whatsapp|linkedin|pinterest|reddit"
              + "|back to top|nach oben|zurück|top|menu|menü|suche|search|close|schließen|loading\\.*|mehr zum thema"
              + "|mehr zum thema auf .{1,30}|das könnte (sie|dich) auch interessieren|(das|dies) k[öo]nnte (sie|dich) auch"
              + "|auch interessant|lesen sie auch|lies auch|zum weiterlesen|weitere (beiträge|artikel|themen|informationen|infos)"
              + "|weitere artikel zum thema|mehr themen|schon gelesen|empfohlene beiträge|empfehlungen|videos zum thema"
              + "|(diesen )?(artikel|beitrag|seite|news) teilen|mit freunden teilen|jetzt teilen|teilen|drucken"
              + "|à lire aussi|lire aussi|sur le même sujet|voir aussi|partager|ver también|lee también|te puede interesar"
              + "|compartir|leggi anche|condividi|veja também|zobacz (też|także|również)|czytaj też|udostępnij|lees ook|delen"
              + "|kontakt|contact|contact us|newsletter|subscribe|abonnieren|jetzt abonnieren|inhaltsverzeichnis"
              + "|table of contents|über den autor|about the author|author|autor|advertisement - scroll to continue"
              + "|\\d+ min(ute)?s? read|lesezeit:? ?\\d+ min(uten)?)\\s*[:.!?…]*$");

  /** Photo credits and source lines: "Foto: ...", "Credit: ...", "Quelle: ...". */
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)^(fotos?|photos?|bild(er|quelle)?|quelle|source|sources|credits?|crédits? photos?|titelbild|beitragsbild"
              + "|image|images|źródło|fuente|fonte|foto ?credits?|copyright|©)\\s*[:©].*");

  private static final String MONTH =
      "(jan|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mag|maj|jun|jui|giu|jul|lug|aug|aoû|aou|ago|sep|set|wrz|oct|okt|ott"
          + "|out|paź|paz|nov|lis|dec|dez|déc|dic|gru|sty|lut|kwi|cze|sie|ene)\\p{L}*\\.?";

  /**
   * A line that is only a date or time, as bylines and comment headers print them. Numbers joined
   * by a space alone are a date only with a month name: "Chelsea 3 7" is a table row.
   */
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "(?iu)^((am|on|le|el|den|vom|published|veröffentlicht|aktualisiert( am)?|updated|stand|opublikowano)[: ]+)?"
              + "(\\p{L}{2,12},?\\s+)?(\\d{1,4}[./\\-]\\s*\\d{1,2}[./\\-]?\\s*(\\d{2,4})?"
              + "|\\d{1,4}[./\\- ]\\s*"
              + MONTH
              + "[./\\- ]?\\s*(\\d{2,4})?|"
              + MONTH
              + "\\s+\\d{1,2}(,?\\s+\\d{4})?)(,?\\s*(um\\s*)?\\d{1,2}[:.]\\d{2}(\\s*(uhr|am|pm|h))?)?\\s*$"
              + "|^\\d{1,2}[:.]\\d{2}(\\s*(uhr|am|pm|h))?$");

  private static final double MAX_LINK_DENSITY = 0.4;

  private BlockFilter() {}

  public static List<Block> filter(List<Block> blocks) {
    List<Block> kept = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      if (b.linkDensity() > MAX_LINK_DENSITY) continue;
      if (isFurnitureLine(b)) continue;
      kept.add(b);
    }
    return dropOrphanHeadings(kept);
  }

  /**
   * A prompt, a credit or a bare date: lines too short to be prose that templates put around
   * articles.
   */
  public static boolean isFurnitureLine(Block b) {
    if (b.chars() > 120) return false;
    String t = b.text();
    if (b.chars() <= 60 && PROMPT.matcher(t).matches()) return true;
    if (CREDIT.matcher(t).matches()) return true;
    return b.chars() <= 40 && DATE_LINE.matcher(t).matches();
  }

  /**
   * A heading followed by nothing, or directly by a heading of the same or higher rank, introduced
   * removed text.
   */
  private static List<Block> dropOrphanHeadings(List<Block> blocks) {
    List<Block> result = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.heading()) {
        Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
        if (next == null || (next.heading() && next.headingLevel() <= b.headingLevel())) continue;
      }
      result.add(b);
    }
    return result;
  }

  /** Characters of all blocks, the measure used to compare extraction strategies. */
  public static int chars(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) n += b.chars();
    return n;
  }

  /**
   * The whole-page fallback: blocks that read like prose (enough characters, few links), plus the
   * headings that directly precede such blocks.
   */
  public static List<Block> proseOnly(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      boolean prose = !b.heading() && b.chars() >= 60 && b.linkDensity() < 0.25;
      boolean heading =
          b.heading()
              && i + 1 < blocks.size()
              && !blocks.get(i + 1).heading()
              && blocks.get(i + 1).chars() >= 60
              && blocks.get(i + 1).linkDensity() < 0.25;
      if (prose || heading) kept.add(b);
    }
    return kept;
  }

  /**
   * A paragraph outside the located body that still reads as the article's lead: prose, not a link
   * or a list.
   */
  public static boolean isLead(Block b) {
    return !b.heading() && !b.listItem() && b.chars() >= 80 && b.linkDensity() < 0.1;
  }
}

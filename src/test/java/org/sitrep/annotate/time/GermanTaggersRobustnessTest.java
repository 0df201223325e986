package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.quantity.GermanQuantityTagger;

/**
 * Random mixes of German time and number words, digits and punctuation: no exception, true offsets.
 */
class GermanTaggersRobustnessTest {
  private static final String[] PARTS = {
    "am", "Montag", "im", "vergangenen", "Juni", "Anfang", "letzten", "Jahres", "bis", "zu", "2027",
    "seit", "12", ".", "März", "4.800", "2,5", "Milliarden", "Euro", "zwei", "Prozent", "Uhr",
    "18.30", "99", "0", "vor", "Jahren", "des", "Ende", "zwischen", "und", "rund", "weitere",
    "Soldaten", "31.02.2024", "Mio.", "%", "-", "–", "heute", "Morgen", "€", "1.234.567,89", "Mai",
    "99999999999999999999", "„", "“", ",", "eine", "Dutzende"
  };

  @Test
  void randomTextNeverBreaksTheTaggers() {
    Random r = new Random(19);
    GermanTimeTagger times = new GermanTimeTagger();
    GermanQuantityTagger quantities = new GermanQuantityTagger();
    int found = 0;
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k >= 0; k--) {
        b.append(PARTS[r.nextInt(PARTS.length)]);
        if (r.nextInt(4) > 0) b.append(' ');
      }
      String text = b.toString();
      LocalDate anchor = r.nextBoolean() ? LocalDate.of(2024, 2, 29) : null;
      var t = times.tag(text, anchor);
      for (var x : t) assertEquals(text.substring(x.start(), x.end()), x.text(), text);
      var q = quantities.tag(text, t);
      for (var x : q) {
        assertEquals(text.substring(x.start(), x.end()), x.text(), text);
        assertTrue(!Double.isNaN(x.value()), text);
      }
      found += t.size() + q.size();
    }
    assertTrue(found > 1000, "the random text holds times and quantities: " + found);
  }
}

package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.Token;

/**
 * The tagger with a language layer: part-of-speech tags decide where the counted noun phrase ends.
 */
class QuantityPosTest {
  private final QuantityTagger tagger = new QuantityTagger();

  /**
   * Tokens from "word/TAG word/TAG/NER ...", with offsets into the text joined by single spaces.
   */
  private static List<Token> tokens(String tagged) {
    List<Token> out = new ArrayList<>();
    int offset = 0;
    for (String wt : tagged.split(" ")) {
      String[] parts = wt.split("/(?=[A-Z$.,:;]+(/|$))");
      String word = parts[0];
      String ner = parts.length > 2 ? parts[2] : "O";
      out.add(new Token(offset, offset + word.length(), word, parts[1], null, ner, 0));
      offset += word.length() + 1;
    }
    return out;
  }

  private static String text(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) sb.append(sb.length() == 0 ? "" : " ").append(t.word());
    return sb.toString();
  }

  private List<Quantity> tag(String tagged) {
    List<Token> toks = tokens(tagged);
    String text = text(toks);
    return tagger.tag(text, List.of(new Span(0, text.length())), toks);
  }

  @Test
  void theHeadIsTheFirstPluralNoun() {
    List<Quantity> qs = tag("Germany/NNP sent/VBD 4,800/CD German/JJ troops/NNS there/RB");
    assertEquals("troops", qs.get(0).counted());
  }

  @Test
  void aParticipleBeforeTheNounStaysInThePhrase() {
    List<Quantity> qs = tag("They/PRP sent/VBD 500/CD armed/VBN soldiers/NNS ./.");
    assertEquals("soldiers", qs.get(0).counted());
  }

  @Test
  void anAdjectiveAloneCountsNothing() {
    List<Quantity> qs =
        tag("Nearly/RB 300/CD soldiers/NNS died/VBD and/CC 5,000/CD wounded/JJ ./.");
    assertNull(qs.get(1).counted());
  }

  @Test
  void aSingularHeadNeedsTheNumberOne() {
    List<Quantity> qs = tag("One/CD soldier/NN was/VBD killed/VBN ./.");
    assertEquals("soldier", qs.get(0).counted());
  }

  @Test
  void aBareNumberBeforeAFiniteVerbInheritsTheNounBefore() {
    List<Quantity> qs =
        tag(
            "Some/DT 2,000/CD of/IN the/DT men/NNS were/VBD freed/VBN ;/: 1,500/CD remained/VBD ./.");
    assertEquals("men", qs.get(1).counted());
  }

  @Test
  void aNamedPlaceBeforeANumberIsARecipientNotAModelName() {
    List<Quantity> qs = tag("Germany/NNP/COUNTRY sent/VBD Ukraine/NNP/COUNTRY 14/CD tanks/NNS ./.");
    assertEquals(1, qs.size());
    assertEquals("tanks", qs.get(0).counted());
    assertEquals(List.of(), tag("Germany/NNP/COUNTRY sent/VBD Leopard/NNP 2/CD tanks/NNS ./."));
    // tagged an organisation, a maker's or model's name still names the number
    assertEquals(
        List.of(), tag("Germany/NNP/COUNTRY sent/VBD Leopard/NNP/ORGANIZATION 2/CD tanks/NNS ./."));
    assertEquals(
        List.of(), tag("Airlines/NNPS fly/VBP Boeing/NNP/ORGANIZATION 737/CD jets/NNS ./."));
  }

  @Test
  void sharesKeepTheirWholePhrase() {
    List<Quantity> qs =
        tag(
            "Germany/NNP spends/VBZ 2/CD %/NN of/IN its/PRP$ gross/JJ domestic/JJ product/NN on/IN defence/NN");
    assertEquals("gross domestic product", qs.get(0).counted());
  }
}

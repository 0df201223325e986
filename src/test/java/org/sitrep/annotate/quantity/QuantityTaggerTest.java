package org.sitrep.annotate.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quantity.Bound;

class QuantityTaggerTest {
  private final QuantityTagger tagger = new QuantityTagger();

  private Quantity only(String text) {
    return OnlyQuantity.in(tagger, text);
  }

  @Nested
  class Values {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "They sent 4,000 soldiers.|4000",
          "They sent two dozen soldiers.|24",
          "It costs 1.2 million euros.|1200000",
          "The EU pledged €100bn.|100000000000",
          "Washington approved $3.5 billion in aid.|3500000000",
          "Spending is 2% of GDP.|2",
          "A third of the troops left.|0.3333333333333333",
          "Half of the tanks were lost.|0.5",
          "One hundred and six soldiers arrived.|106",
          "Twenty-one soldiers arrived.|21",
          "They raised a hundred thousand dollars.|100000",
          "They raised hundred thousand dollars.|100000",
          "He counted 3 hundred and 21 ballots.|321",
          "He counted 4 hundred and six ballots.|406",
          "A quarter of a million people fled.|250000",
          "Two thirds of a billion dollars went to arms.|666666666.6666666",
          "Some 1.5 million people fled.|1500000",
          "Half a million people fled.|500000",
          "One and a half million people fled.|1500000",
          "A dozen tanks arrived.|12",
          "Two thirds of the budget went to arms.|0.6666666666666666",
          "The unit has 10k members.|10000",
          "Another 5.1m are internally displaced.|5100000",
          "The country has 2.8m people.|2800000",
          "Lithuania hosts 10 000 troops.|10000",
          "The population is 2\u202f800\u00a0000.|2800000",
          "Mix 3/4 of the flour.|0.75",
          "They walked 10 1/2 miles.|10.5",
        })
    void readsTheNumber(String text, double value) {
      assertEquals(value, only(text).value(), 1e-9);
    }

    @Test
    void vagueRoundNumbersAreLowerBoundsAndApproximate() {
      Quantity q = only("With tens of thousands of Russian troops massed on the border.");
      assertEquals(10000, q.value());
      assertEquals(Bound.AT_LEAST, q.bound());
      assertTrue(q.approximate());
      assertEquals("troops", q.counted());
      Quantity h = only("Hundreds of civilians fled.");
      assertEquals(100, h.value());
      assertEquals(Bound.AT_LEAST, h.bound());
      assertEquals("civilians", h.counted());
    }

    @Test
    void dozensAreRoundFigures() {
      assertTrue(only("While merely two dozen soldiers have arrived.").approximate());
    }
  }

  @Nested
  class Bounds {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Germany will send up to 350 more soldiers.|AT_MOST",
          "As many as 300 soldiers were sent.|AT_MOST",
          "No more than 200 troops will stay.|AT_MOST",
          "The unit has under 100 tanks.|AT_MOST",
          "Fewer than 50 tanks remain.|AT_MOST",
          "More than 1,000 soldiers arrived.|AT_LEAST",
          "Over 500 tanks were destroyed.|AT_LEAST",
          "At least 30 civilians died.|AT_LEAST",
          "Thousands of troops arrived.|AT_LEAST",
          "They sent 500 soldiers or more.|AT_LEAST",
          "They sent 500 soldiers.|EXACT",
        })
    void bound(String text, Bound bound) {
      assertEquals(bound, only(text).bound());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Between 3 and 5 brigades will move.",
          "3-5 brigades will move.",
          "3 to 5 brigades will move.",
          "3–5 brigades will move."
        })
    void ranges(String text) {
      Quantity q = only(text);
      assertEquals(Bound.RANGE, q.bound());
      assertEquals(3, q.value());
      assertEquals(5.0, q.valueMax());
      assertEquals("brigades", q.counted());
    }

    @Test
    void aRangeOfPercentagesRepeatsTheSign() {
      Quantity q = only("Members should spend between 2% and 3% of GDP.");
      assertEquals(Bound.RANGE, q.bound());
      assertEquals(3.0, q.valueMax());
      assertEquals("percent", q.unit());
      assertEquals("gdp", q.counted());
    }

    @Test
    void aRiseFromOneFigureToAnotherIsNoRange() {
      List<Quantity> qs = tagger.tag("Inflation rose from 2% to 3.5%.");
      assertEquals(2, qs.size());
      assertNull(qs.get(0).change());
      assertEquals("increase", qs.get(1).change());
    }

    @Test
    void aRangeSharesItsMagnitudeAndCurrency() {
      Quantity q = only("The plan costs $3-5bn.");
      assertEquals(3e9, q.value());
      assertEquals(5e9, q.valueMax());
      assertEquals("USD", q.unit());
    }
  }

  @Nested
  class Hedges {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "about 500 soldiers",
          "around 500 soldiers",
          "some 500 soldiers",
          "approximately 500 soldiers",
          "nearly 500 soldiers",
          "almost 500 soldiers",
          "roughly 500 soldiers",
          "an estimated 500 soldiers",
          "~500 soldiers"
        })
    void approximate(String text) {
      Quantity q = only("They sent " + text + ".");
      assertTrue(q.approximate(), text);
      assertEquals(500, q.value());
      assertEquals("soldiers", q.counted());
    }

    @Test
    void aPlainNumberIsExact() {
      assertFalse(only("They sent 500 soldiers.").approximate());
    }
  }

  @Nested
  class Changes {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Germany will send up to 350 more soldiers.|increase",
          "They sent an additional 150 soldiers.|increase",
          "They sent another 200 troops.|increase",
          "The force will grow to 4,800 soldiers.|increase",
          "The budget doubled to 50,000 euros.|increase",
          "There will be 200 fewer troops.|decrease",
          "Berlin will cut the force by 500 soldiers.|decrease",
          "The plan would reduce spending by 5%.|decrease",
          "Spending saw a 10% increase.|increase",
          "The ministry faces a $5bn cut.|decrease",
          "A further 20,000 troops will follow.|increase",
        })
    void change(String text, String change) {
      assertEquals(change, only(text).change());
    }

    @Test
    void upAndDownMarkChangesOfSharesAndSumsOnly() {
      assertEquals("decrease", only("Shares were down 3 percent.").change());
      assertNull(only("Cyprus had to wind down one major bank.").change());
      assertNull(only("Xiaomi entered the global top 10 vendors.").change());
    }

    @Test
    void noChangeByDefault() {
      assertNull(only("Germany has 500 soldiers in Lithuania.").change());
    }
  }

  @Nested
  class UnitsAndMoney {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Spending is 2% of GDP.|percent",
          "Spending is 2 per cent of GDP.|percent",
          "The base is about 100 kilometers from the border.|kilometre",
          "The base is 100 km away.|kilometre",
          "The fence is 500 metres long.|metre",
          "The fence is 4m high.|metre",
          "The border is 10 miles away.|mile",
          "They shipped 20 tonnes of grain.|tonne",
          "They seized 500 kg of explosives.|kilogram",
          "The war has lasted six years.|year",
          "Talks lasted 3 months.|month",
          "The march took 4 days.|day",
          "The drive takes 2 hours.|hour",
          "The EU pledged €100bn.|EUR",
          "Washington approved $3.5 billion.|USD",
          "London gave £8m.|GBP",
          "Moscow paid 5 billion roubles.|RUB",
          "Kyiv raised 200 million hryvnias.|UAH",
          "It costs USD 200.|USD",
          "It costs 300 euros.|EUR",
          "A 100-kilometre border separates them.|kilometre",
        })
    void unit(String text, String unit) {
      assertEquals(unit, only(text).unit());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "The parcel weighs 150 pounds.|pound",
          "They seized 50 pounds of explosives.|pound",
          "The ticket costs 150 pounds.|GBP",
          "The club paid 40 million pounds for him.|GBP",
          "Inflation hit 3.2pc in May.|percent",
        })
    void poundsAreWeightOrMoneyByContext(String text, String unit) {
      assertEquals(unit, only(text).unit());
    }

    @Test
    void aVagueAmountTakesItsUnitAfterOf() {
      Quantity q = only("It cost billions of euros.");
      assertEquals("EUR", q.unit());
      assertEquals(1e9, q.value());
      assertEquals(Bound.AT_LEAST, q.bound());
      assertEquals("grain", only("They lost thousands of tonnes of grain.").counted());
    }

    @Test
    void andAHalfJoinsTheDurationBeforeIt() {
      Quantity q = only("The siege lasted two years and a half.");
      assertEquals(2.5, q.value());
      assertEquals("year", q.unit());
      Quantity h = only("They waited an hour and a half.");
      assertEquals(1.5, h.value());
      assertEquals("hour", h.unit());
      assertEquals("an hour and a half", h.text());
    }

    @Test
    void aDurationHasNoCountedNoun() {
      Quantity q = only("After more than two years of war in Ukraine.");
      assertEquals("year", q.unit());
      assertNull(q.counted());
    }
  }

  @Nested
  class Counted {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "Germany will send 4,800 German troops plus 200 civilians.|troops",
          "It saw approximately 8,000 North Korean troops near the front.|troops",
          "It lacks the backing of all 32 NATO members.|members",
          "The brigade will consist of about 5,000 personnel.|personnel",
          "Its offer to dispatch 5,000 helmets was ridiculed.|helmets",
          "Germany currently has 500 soldiers stationed there.|soldiers",
          "Germany now spends 2% of its gross domestic product on defence.|gross domestic product",
          "Germany now spends 2% of Germany's GDP on defence.|gdp",
          "One soldier was killed.|soldier",
          "Five of the 32 members objected.|members",
          "The US sent 15 Bradley fighting vehicles.|vehicles",
          "Poland ordered 250 Abrams tanks.|tanks",
        })
    void counted(String text, String counted) {
      assertEquals(counted, tagger.tag(text).get(0).counted());
    }

    @Test
    void aNumberInsideAnEnclosingCountInheritsItsNoun() {
      List<Quantity> qs =
          tagger.tag(
              "Germany leads a battlegroup with about 1,600 soldiers, including about 780 from the Bundeswehr.");
      assertEquals(2, qs.size());
      assertEquals("soldiers", qs.get(1).counted());
      assertEquals(780, qs.get(1).value());
    }

    @Test
    void aBareFigureForAForceInheritsTheNounCountedBefore() {
      List<Quantity> qs =
          tagger.tag(
              "Germany leads a deployment of some 1,000 troops. The German force is slated to grow to 4,800 by the year 2027.");
      assertEquals(2, qs.size(), qs::toString);
      assertEquals(4800, qs.get(1).value());
      assertEquals("troops", qs.get(1).counted());
    }

    @Test
    void aVerbOrPronounAfterTheNumberIsNotCounted() {
      List<Quantity> qs =
          tagger.tag("Eight assailants died; seven killed themselves with explosives.");
      assertEquals("assailants", qs.get(0).counted());
      assertEquals(7, qs.get(1).value());
      assertNull(qs.get(1).counted());
    }

    @Test
    void aBareFigureAfterNumberOfTakesThatNoun() {
      assertEquals(
          "troops", only("The number of NATO troops in Lithuania will rise to 5,000.").counted());
    }

    @Test
    void aFigureThatNamesItsOwnThingInheritsNothing() {
      List<Quantity> qs = tagger.tag("Nearly 300 soldiers died and an estimated 5,000 wounded.");
      assertNull(qs.get(1).counted());
    }

    @Test
    void theStartOfAChangeInheritsTheNounAfterIt() {
      List<Quantity> qs = tagger.tag("The contingent grew from 500 to 4,000 troops.");
      assertEquals(2, qs.size(), qs::toString);
      assertEquals("troops", qs.get(0).counted());
      assertNull(qs.get(0).change());
      assertEquals("increase", qs.get(1).change());
    }
  }

  @Test
  void aStandingInAContestCountsWhatWasCountedBefore() {
    List<Quantity> qs =
        tagger.tag(
            "The mayor won 4,210 votes in the north. In the city her margin was wider, 2,950 to"
                + " her rival's 1,320.");
    assertEquals(3, qs.size(), qs.toString());
    assertEquals("votes", qs.get(1).counted());
    assertEquals("votes", qs.get(2).counted());
    // no standing word: a bare figure borrows nothing from the sentence before
    assertNull(tagger.tag("The mayor won 4,210 votes. The hall seats 2,950.").get(1).counted());
  }

  @Nested
  class NotQuantities {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "The brigade will be ready in 2027.",
          "It will grow by the year 2027.",
          "Published 2023-06-26.",
          "They met on June 26.",
          "They met on 26 June.",
          "It began in the 1990s.",
          "It is his 26th visit.",
          "Germany sent Leopard 2 tanks.",
          "The jets are F16 models.",
          "COVID-19 hit the army.",
          "NATO invoked Article 5 then.",
          "The talks start at 10:30.",
          "The talks start at 6 pm.",
          "No one came.",
          "It was one of the largest.",
          "In the second half of the year.",
          "The brigade has been in planning since 2023 and deployed since 2017.",
          "Germany's 2024 budget allocates more.",
          "After 9/11 it changed.",
          "He works 24/7.",
          "Agent 007 left.",
          "Leopard 2 tanks arrived.",
          "Section 5 applies."
        })
    void noQuantity(String text) {
      assertEquals(List.of(), tagger.tag(text));
    }

    @Test
    void aRowOfThreeDigitFiguresStaysApart() {
      assertEquals(4, tagger.tag("Scores: 100 200 300 400").size());
      assertEquals(2, tagger.tag("offsets 687 700 then").size());
    }

    @Test
    void aYearFollowedByItsCountIsAQuantity() {
      Quantity q = only("They brought 2000 soldiers.");
      assertEquals(2000, q.value());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "On Monday 300 soldiers arrived.",
          "In May 300 soldiers arrived.",
          "Yesterday 300 soldiers arrived."
        })
    void aCapitalisedDayOrAdverbBeforeACountIsNoName(String text) {
      assertEquals("soldiers", only(text).counted());
    }

    @Test
    void aMonthDoesNotSwallowACountAfterIt() {
      Quantity q = only("In May, 2,000 troops arrived.");
      assertEquals(2000, q.value());
      assertEquals("troops", q.counted());
    }

    @Test
    void aDayBeforeToDoesNotHideTheFigureAfterIt() {
      // "14 to 46 percent" is no range: 14 is the day, 46 percent a figure of its own
      List<Quantity> qs =
          tagger.tag("Turnout went from 52 percent on March 14 to 61 percent on May 2.");
      assertEquals(2, qs.size(), qs.toString());
      assertEquals(52, qs.get(0).value());
      assertEquals(61, qs.get(1).value());
      assertEquals("percent", qs.get(1).unit());
      assertNull(qs.get(1).valueMax());
      // a range of days stays a date
      assertEquals(List.of(), tagger.tag("The fair runs from June 3 to 9."));
    }

    @Test
    void aDateDoesNotHideTheCountBeforeIt() {
      List<Quantity> qs = tagger.tag("The force is to grow to 4,800 troops by the year 2027.");
      assertEquals(1, qs.size());
      assertEquals(4800, qs.get(0).value());
    }
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Germany will send up to 350 more soldiers to Lithuania.";
    Quantity q = only(text);
    assertEquals("up to 350 more soldiers", text.substring(q.start(), q.end()));
    assertEquals(q.text(), text.substring(q.start(), q.end()));
  }

  @Test
  void emptyTextHasNoQuantities() {
    assertEquals(List.of(), tagger.tag(""));
  }
}

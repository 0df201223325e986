package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.TimeExpr;

class TimeTaggerTest {
  /** A Wednesday in the second quarter, in summer. */
  private static final LocalDate ANCHOR = LocalDate.of(2023, 6, 28);

  private final TimeTagger tagger = new TimeTagger();

  private String tagged(String text, LocalDate anchor) {
    return tagger.tag(text, anchor).stream()
        .map(e -> e.text() + "|" + e.type() + "|" + e.value())
        .collect(Collectors.joining("; "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "The talks took place on June 26, 2023. # June 26, 2023|DATE|2023-06-26",
        "on 26 June 2023 in Vilnius # 26 June 2023|DATE|2023-06-26",
        "dated 2023-06-26 in the file # 2023-06-26|DATE|2023-06-26",
        "signed on 6/26/2023 by both # 6/26/2023|DATE|2023-06-26",
        "signed on 26.06.2023 by both # 26.06.2023|DATE|2023-06-26",
        "signed on 26/06/2023 by both # 26/06/2023|DATE|2023-06-26",
        "Monday 26 June 2023 # Monday 26 June 2023|DATE|2023-06-26",
        "on June 26th the troops # June 26th|DATE|2023-06-26",
        "in H1 2024 # H1 2024|DATE|2024-H1",
        "Monday, June 26, 2023 was hot # Monday, June 26, 2023|DATE|2023-06-26",
        "on the 26th of June the troops # the 26th of June|DATE|2023-06-26",
        "on Sept. 4 the troops # Sept. 4|DATE|2023-09-04",
        "on Jan. 3, 2022 the troops # Jan. 3, 2022|DATE|2022-01-03",
        "in June 2022 the troops # June 2022|DATE|2022-06",
        "in June the troops # June|DATE|2023-06",
        "in December the troops arrived # December|DATE|2022-12",
        "the brigade will be ready in 2027. # 2027|DATE|2027",
        "by 2027 the brigade # 2027|DATE|2027",
        "2024's budget # 2024|DATE|2024",
        "by the year 2027 the brigade # the year 2027|DATE|2027",
        "since 2017 Germany has led # 2017|DATE|2017",
        "in the 1990s the army # the 1990s|DATE|199",
        "back in the '90s # the '90s|DATE|199",
        "in the early 1990s # the early 1990s|DATE|199",
        "in the 21st century # the 21st century|DATE|20",
        "in nineteen ninety-six # nineteen ninety-six|DATE|1996",
        "last summer the troops # last summer|DATE|2022-SU",
        "this summer the troops # this summer|DATE|2023-SU",
        "in summer 2022 the troops # summer 2022|DATE|2022-SU",
        "in the spring the troops # the spring|DATE|2023-SP",
        "said on Monday # Monday|DATE|2023-06-26",
        "said on Wednesday # Wednesday|DATE|2023-06-28",
        "He will arrive on Friday # Friday|DATE|2023-06-30",
        "said last Friday # last Friday|DATE|2023-06-23",
        "will meet next Monday # next Monday|DATE|2023-07-03",
        "Friday morning, the minister said # Friday morning|TIME|2023-06-23TMO",
        "last June the minister said # last June|DATE|2022-06",
        "early last year the minister said # early last year|DATE|2022",
        "next week the minister # next week|DATE|2023-W27",
        "this week the minister # this week|DATE|2023-W26",
        "yesterday the minister # yesterday|DATE|2023-06-27",
        "tomorrow the minister # tomorrow|DATE|2023-06-29",
        "today the minister # today|DATE|2023-06-28",
        "tonight the minister # tonight|TIME|2023-06-28TNI",
        "last night the minister # last night|TIME|2023-06-27TNI",
        "this morning the minister # this morning|TIME|2023-06-28TMO",
        "last month the minister # last month|DATE|2023-05",
        "next year the minister # next year|DATE|2024",
        "two years ago the minister # two years ago|DATE|2021",
        "a year ago the minister # a year ago|DATE|2022",
        "three days ago the minister # three days ago|DATE|2023-06-25",
        "six months ago the minister # six months ago|DATE|2022-12",
        "in the coming months # the coming months|DATE|FUTURE_REF",
        "in recent years # recent years|DATE|PAST_REF",
        "now the minister # now|DATE|PRESENT_REF",
        "recently the minister # recently|DATE|PAST_REF",
        "in the future the minister # the future|DATE|FUTURE_REF",
        "has served for six years # six years|DURATION|P6Y",
        "for more than two years # more than two years|DURATION|P2Y",
        "for three hours # three hours|DURATION|PT3H",
        "for fifteen minutes # fifteen minutes|DURATION|PT15M",
        "for twenty-five years # twenty-five years|DURATION|P25Y",
        "for two weeks # two weeks|DURATION|P2W",
        "for 24 hours # 24 hours|DURATION|PT24H",
        "a two-week exercise # two-week|DURATION|P2W",
        "for one and a half years # one and a half years|DURATION|P1.5Y",
        "for several years # several years|DURATION|PXY",
        "for a few days # a few days|DURATION|PXD",
        "for a year # a year|DURATION|P1Y",
        "over the past two months # the past two months|DURATION|P2M",
        "in the first nine months # the first nine months|DURATION|P9M",
        "for two decades # two decades|DURATION|P20Y",
        "for a decade # a decade|DURATION|P10Y",
        "they patrol daily # daily|SET|P1D",
        "they meet every Monday # every Monday|SET|XXXX-WXX-1",
        "they rotate every six months # every six months|SET|P6M",
        "they meet each year # each year|SET|P1Y",
        "at 3 p.m. the minister # 3 p.m.|TIME|2023-06-28T15:00",
        "at 10:30 a.m. Tuesday the minister # 10:30 a.m. Tuesday|TIME|2023-06-27T10:30",
        "at 9 pm the minister # 9 pm|TIME|2023-06-28T21:00",
        "at noon the minister # noon|TIME|2023-06-28T12:00",
        "at 14:00 the minister # 14:00|TIME|2023-06-28T14:00",
        "in the first quarter # the first quarter|DATE|2023-Q1",
        "in the third quarter # the third quarter|DATE|2022-Q3",
        "will grow in the third quarter # the third quarter|DATE|2023-Q3",
        "third-quarter profit # third-quarter|DATE|2022-Q3",
        "in Q3 2022 # Q3 2022|DATE|2022-Q3",
        "in the first half of 2024 # the first half of 2024|DATE|2024-H1",
        "on Christmas 2021 # Christmas 2021|DATE|2021-12-25",
        "on Christmas Eve # Christmas Eve|DATE|2022-12-24",
        "by the end of 2024 # the end of 2024|DATE|2024",
        "in mid-2024 # mid-2024|DATE|2024",
        "in late November # late November|DATE|2022-11",
        "in October this year # October this year|DATE|2023-10",
        "for almost a hundred years # almost a hundred years|DURATION|P100Y",
        "for eight trading days # eight trading days|DURATION|P8D",
        "a several-year effort # several-year|DURATION|PXY",
        "in past years # past years|DATE|PAST_REF",
        "a budget in the upcoming year # the upcoming year|DATE|2024",
        "in April next year # April next year|DATE|2024-04",
        "for the year ended March 31 # the year|DURATION|P1Y; March 31|DATE|2023-03-31",
        "sales for the full year # the full year|DATE|2023",
        "over the weekend # the weekend|DATE|2023-W25-WE",
        "in the near future # the near future|DATE|FUTURE_REF",
        "in 2019 and later that year # 2019|DATE|2019; later that year|DATE|2019",
      })
  void tagsAndNormalises(String text, String expected) {
    assertEquals(expected.strip(), tagged(text, ANCHOR));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "Germany will send 350 soldiers",
        "4,800 soldiers and 200 civilians",
        "about 2000 soldiers arrived",
        "a 6-year-old boy",
        "the price rose 12.5 percent",
        "March on, they said",
        "Jan said she would come",
        "it may rain",
        "three-quarters of the troops",
        "the fall of the city",
        "Sun Microsystems",
        "page 1998 percent",
        "it grew 26.5 percent",
        "Mr. Schwarz, 52 years old, said",
        "the film High Noon",
        "15 million instructions per second",
        "the quarter-to-quarter comparison",
      })
  void leavesPlainNumbersAndWordsAlone(String text) {
    assertEquals("", tagged(text, ANCHOR));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      value = {
        "yesterday the minister # yesterday|DATE|XXXX-XX-XX",
        "last week the minister # last week|DATE|XXXX-WXX",
        "in June the troops # June|DATE|XXXX-06",
        "said on Monday # Monday|DATE|XXXX-WXX-1",
        "two years ago # two years ago|DATE|XXXX",
        "on June 26, 2023 # June 26, 2023|DATE|2023-06-26",
        "for six years # six years|DURATION|P6Y",
      })
  void withoutAnchorKeepsPlaceholders(String text, String expected) {
    assertEquals(expected.strip(), tagged(text, null));
  }

  @Test
  void relativeValuesTellWhetherTheyWereAnchored() {
    TimeExpr rel = tagger.tag("yesterday", ANCHOR).get(0);
    assertTrue(rel.anchored());
    assertFalse(tagger.tag("yesterday", null).get(0).anchored());
    assertFalse(tagger.tag("on June 26, 2023", ANCHOR).get(0).anchored());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text =
        "Germany said on Monday, June 26, that by 2027 it will station 4,800 troops for several"
            + " years.";
    List<TimeExpr> times = tagger.tag(text, ANCHOR);
    assertEquals(3, times.size(), times.toString());
    for (TimeExpr e : times) assertEquals(e.text(), text.substring(e.start(), e.end()));
    assertEquals("Monday, June 26", times.get(0).text());
  }

  @Test
  void aYearEarlierKeepsTheGrainOfTheQuarterUnderDiscussion() {
    String text = "Profit in the third quarter rose 5% from a year earlier.";
    assertEquals(
        "the third quarter|DATE|2022-Q3; a year earlier|DATE|2021-Q3", tagged(text, ANCHOR));
  }

  @Test
  void nullTextIsAMisuse() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> tagger.tag(null, ANCHOR));
  }
}

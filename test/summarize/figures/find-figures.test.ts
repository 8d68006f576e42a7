import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findFigures } from "../../../src/summarize/figures/find-figures.js";
import { layoutText } from "../../../src/summarize/layout-text.js";
import type { Figure } from "../../../src/types.js";

function figures(text: string): Figure[] {
  return findFigures(layoutText(text));
}

function one(text: string, written: string): Figure {
  const found = figures(text).find((f) => f.text === written);
  if (!found) throw new Error(`no figure "${written}" in ${JSON.stringify(figures(text).map((f) => f.text))}`);
  return found;
}

function values(text: string): (number | [number, number])[] {
  return figures(text).map((f) => f.value);
}

describe("findFigures: numbers in digits and words", () => {
  it("reads plain, grouped and decimal digits", () => {
    expect(values("The council counted 137 ballots, 12,450 voters and 3.75 hours of debate.")).toEqual([137, 12450, 3.75]);
  });

  it("reads numbers written in words, compounds included", () => {
    expect(values("Forty-five pupils and three hundred and twenty parents came to see two thousand lanterns.")).toEqual([
      45, 320, 2000,
    ]);
  });

  it("reads scales after digits and words", () => {
    expect(values("The fund reached 1.2 million members and five billion visits, up from 4 hundred thousand.")).toEqual([
      1_200_000, 5e9, 400_000,
    ]);
  });

  it("counts 'one' as a number but not in idioms", () => {
    expect(values("Only one bridge stayed open.")).toEqual([1]);
    expect(values("The players blamed one another, and no one came to help the one who fell.")).toEqual([]);
  });

  it("reads a number adjective glued to its unit", () => {
    const visit = one("The minister began a two-day visit to the islands.", "two-day");
    expect(visit).toMatchObject({ value: 2, unit: "day", label: "visit" });
  });
});

describe("findFigures: idioms and compounds", () => {
  it("reads 'half a million' and 'two and a half'", () => {
    expect(one("The repairs cost half a million dollars.", "half a million dollars")).toMatchObject({
      value: 500_000,
      unit: "dollar",
    });
    expect(one("He signed a two-and-a-half-year contract.", "two-and-a-half-year")).toMatchObject({ value: 2.5, unit: "year" });
  });

  it("reads approximate casualties without 'of'", () => {
    expect(one("Seven people died and dozens were injured.", "dozens")).toMatchObject({ value: 12, label: "injured" });
  });

  it("skips 'one' in compounds and set phrases, and numbers that name things", () => {
    expect(values("They sold one-way tickets and at one point stopped.")).toEqual([]);
    expect(values("The story ran on Page Six and on BBC One.")).toEqual([]);
    expect(values("Two, cut the costs. Three, hire staff.")).toEqual([]);
  });

  it("joins an age range", () => {
    expect(one("Divorce peaks among those aged 40 to 44.", "40 to 44")).toMatchObject({ value: [40, 44], unit: "year of age" });
  });
});

describe("findFigures: money", () => {
  it("applies scales to currency signs and codes", () => {
    expect(one("The ferry line lost $800 million last winter.", "$800 million")).toMatchObject({
      value: 800_000_000,
      unit: "dollar",
    });
    expect(one("Its rival raised $5bn from investors.", "$5bn")).toMatchObject({ value: 5e9, unit: "dollar" });
    expect(one("The mayor found £1.2m in the budget.", "£1.2m")).toMatchObject({ value: 1_200_000, unit: "pound" });
    expect(one("The club paid €40m for the striker.", "€40m")).toMatchObject({ value: 40_000_000, unit: "euro" });
    expect(one("The bid was worth USD 22.5 million in cash.", "USD 22.5 million")).toMatchObject({
      value: 22_500_000,
      unit: "dollar",
    });
  });

  it("reads currency words after the number, and other dollars", () => {
    expect(one("The court fined the firm 250,000 euros on Tuesday.", "250,000 euros")).toMatchObject({
      value: 250_000,
      unit: "euro",
    });
    expect(one("The deal was priced at A$3.4bn by the brokers.", "A$3.4bn")).toMatchObject({ unit: "australian dollar" });
    expect(one("Tickets cost HK$120 each at the gate.", "HK$120")).toMatchObject({ value: 120, unit: "hong kong dollar" });
    expect(one("The company sold 2 million yen of bonds.", "2 million yen")).toMatchObject({ value: 2e6, unit: "yen" });
  });

  it("reads prices per unit", () => {
    expect(one("Oil closed at $72.50 a barrel on Friday.", "$72.50 a barrel")).toMatchObject({ unit: "dollar per barrel" });
    expect(one("Shareholders get 12 cents per share in cash.", "12 cents per share")).toMatchObject({ unit: "cent per share" });
  });

  it("tells pounds of money from pounds of weight", () => {
    expect(one("The striker cost 40 million pounds last summer.", "40 million pounds")).toMatchObject({ unit: "pound" });
    expect(one("The baby weighed eight pounds at birth.", "eight pounds")).toMatchObject({ value: 8, unit: "pound-mass" });
  });

  it("joins dollars and cents", () => {
    expect(one("The toll is 3 dollars 50 cents for cars.", "3 dollars 50 cents")).toMatchObject({ value: 3.5, unit: "dollar" });
  });
});

describe("findFigures: percentages and fractions", () => {
  it("reads the percentage forms", () => {
    expect(figures("Turnout rose 40% in the north, 12 per cent in the south and 7.5pc in the east.").map((f) => f.unit)).toEqual([
      "%",
      "%",
      "%",
    ]);
  });

  it("reads fractions in words and digits", () => {
    expect(one("About a third of the staff went on strike.", "a third").value).toBeCloseTo(1 / 3);
    expect(one("Nearly two-thirds of voters backed the plan.", "two-thirds").value).toBeCloseTo(2 / 3);
    expect(one("Half of the homes lost power.", "Half").value).toBe(0.5);
    expect(one("One in five adults smokes.", "One in five").value).toBeCloseTo(0.2);
    expect(one("The track is a 1/4 mile oval.", "1/4 mile")).toMatchObject({ value: 0.25, unit: "mile" });
  });

  it("reads what a share is of", () => {
    expect(one("The firm will cut 5% of its workforce this year.", "5%").label).toBe("workforce");
  });
});

describe("findFigures: ranges", () => {
  it("joins 'X to Y', 'X-Y' and 'between X and Y'", () => {
    expect(one("The sentence could be 20 to 30 years long.", "20 to 30 years")).toMatchObject({ value: [20, 30], unit: "year" });
    expect(one("Bills will rise 10-15% next spring.", "10-15%")).toMatchObject({ value: [10, 15], unit: "%" });
    expect(one("Prices rose between 5% and 7% this year.", "5% and 7%")).toMatchObject({ value: [5, 7], unit: "%" });
  });

  it("shares the scale of the second number", () => {
    expect(one("The repairs will cost $89 to $93 billion in total.", "$89 to $93 billion").value).toEqual([89e9, 93e9]);
  });

  it("reads approximate plurals as an order of magnitude", () => {
    expect(one("Tens of thousands of fans marched.", "Tens of thousands").value).toEqual([10_000, 100_000]);
    expect(one("The storm cost millions of dollars.", "millions of dollars")).toMatchObject({
      value: [1e6, 1e7],
      unit: "dollar",
    });
  });

  it("keeps a change and its result apart", () => {
    expect(values("Exports increased by $4.2 billion to $61 billion.")).toEqual([4.2e9, 61e9]);
  });
});

describe("findFigures: units", () => {
  it("names measures the way the figures report them", () => {
    const units = figures(
      "The ship is 72.7 metres long, sails at 18 mph, carries 400 tonnes and 2,000 litres of water, and the deck reaches 40C.",
    ).map((f) => f.unit);
    expect(units).toEqual(["metre", "mile per hour", "metric ton", "litre", "celsius"]);
  });

  it("reads ages", () => {
    expect(one("The 30-year-old goalkeeper signed on Monday.", "30-year-old")).toMatchObject({ value: 30, unit: "year of age" });
    expect(one("The bridge is more than 200 years old.", "200 years old")).toMatchObject({ unit: "year of age" });
  });

  it("gives a bare count the counted noun as its unit, singular, and keeps the phrase as its label", () => {
    expect(one("The airline cancelled 48 flights.", "48")).toMatchObject({ unit: "flight", label: "flights" });
    expect(one("Some 40,000 daily commuters use the ferry.", "40,000")).toMatchObject({ unit: "daily commuter" });
    expect(one("The storm flattened three homes.", "three")).toMatchObject({ unit: "home" });
    expect(one("Twelve people were hurt.", "Twelve")).toMatchObject({ unit: "people", label: "people hurt" });
    expect(one("Nine fishermen were rescued.", "Nine")).toMatchObject({ unit: "fisherman" });
    expect(one("The app has 90 users mostly in Peru.", "90")).toMatchObject({ unit: "user" });
  });

  it("leaves a count with nothing after it without a unit", () => {
    expect(one("The score was 48 at half time.", "48")?.unit ?? null).toBeNull();
  });
});

describe("findFigures: labels", () => {
  it("labels casualties with what happened to them", () => {
    expect(one("A flood hit the valley, in which 23 people were killed.", "23").label).toBe("people killed");
  });

  it("labels a change with its subject", () => {
    expect(one("Steel shares fell 4% on Monday.", "4%").label).toBe("Steel shares");
  });

  it("labels an amount by the noun it qualifies", () => {
    expect(one("The city signed a $3 million contract with the builder.", "$3 million").label).toBe("contract");
  });

  it("gives a restated quantity the label of the first", () => {
    const [miles, km] = figures("The line runs for 40 miles (64 km) along the coast.");
    expect(km?.label).toBe(miles?.label);
  });
});

describe("findFigures: what is not a figure", () => {
  it("skips dates, years and times of day", () => {
    expect(values("On March 25, 2024, at 10:30 a.m., and again on 4 July and at 5pm, the 1990s came back.")).toEqual([]);
    expect(values("The museum opened in 1887 and closed in 2019.")).toEqual([]);
  });

  it("skips ordinals", () => {
    expect(values("It was the 21st attempt and the first success of the 3rd team.")).toEqual([]);
  });

  it("skips parts of names", () => {
    expect(values("The G7 leaders discussed Covid-19, the Boeing 737 Max and the iPhone 15 at Number 10.")).toEqual([]);
    expect(values("The S&P 500 and the FTSE 100 closed higher on Route 66.")).toEqual([]);
  });

  it("skips phone numbers and scores", () => {
    expect(values("Call 020 7946 0000 or +1 555 123 4567 for details.")).toEqual([]);
    expect(values("United won 3-1 after a 2-2 draw last week.")).toEqual([]);
  });

  it("skips ages in apposition", () => {
    expect(values("Maria Lopez, 52, told the court she was innocent.")).toEqual([]);
  });
});

describe("findFigures: labels inherited and pronouns", () => {
  it("gives an unlabelled amount the label of the amount before it in the clause", () => {
    const text = "Turnover rose to $9.2 million over the twelve months to June, up from $7.9 million.";
    expect(one(text, "$7.9 million").label).toBe("Turnover");
  });

  it("does not inherit across a semicolon", () => {
    const text = "Turnover rose to $9.2 million in the year to June; and $7.9 million.";
    expect(one(text, "$7.9 million").label).toBe("");
  });

  it("does not count 'one' as a pronoun after an adjective", () => {
    expect(values("She missed two penalties, including the crucial one from the spot.")).toEqual([2]);
    expect(values("He bought a cheaper one.")).toEqual([]);
    expect(values("He bought one cheaper car.")).toEqual([1]);
  });
});

describe("findFigures: key figures", () => {
  const article = [
    "A fire at a market killed 14 people and injured 60 on Sunday, officials said.",
    "Damage was estimated at $2.5 million, and sales in the district fell 30%.",
    "The market, which has 300 stalls, opened in 1965 and employs two guards.",
    "Firefighters used 12 trucks and one helicopter.",
  ].join("\n\n");

  it("marks at most three, casualties first", () => {
    const found = figures(article);
    const key = found.filter((f) => f.key);
    expect(key.length).toBeLessThanOrEqual(3);
    expect(key[0]).toMatchObject({ value: 14, label: "people killed" });
    expect(key.map((f) => f.text)).toContain("$2.5 million");
    expect(found.find((f) => f.text === "one")?.key).toBe(false);
  });

  it("never marks a figure without a label", () => {
    const found = figures("Up 40% on last year.\n\nThe city spent $3 million on new buses.");
    expect(found.find((f) => f.text === "40%")).toMatchObject({ label: "", key: false });
    expect(found.find((f) => f.text === "$3 million")).toMatchObject({ label: "new buses", key: true });
  });

  it("marks nothing in a text without figures worth it", () => {
    expect(figures("He said one thing.").filter((f) => f.key)).toEqual([]);
  });
});

describe("findFigures: offsets", () => {
  it("keeps text === input.slice(start, end), in text order, for every figure", () => {
    const text = "Sales rose 6.2% to $1.45bn.\n\nSome 3,000 people, a third of the town, left over two-day talks.";
    const found = figures(text);
    expect(found.length).toBeGreaterThan(4);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });

  it("holds for any text", () => {
    const pieces = fc.constantFrom(
      "12",
      " 3.5",
      "$",
      "£",
      "%",
      " million",
      "bn",
      " people",
      " two",
      "-",
      " to ",
      " and ",
      " a third",
      "1/4",
      ", ",
      ". ",
      "\n\n",
      "March ",
      " km",
      "Mr. ",
      "x",
      " ",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        const found = figures(text);
        let last = -1;
        for (const f of found) {
          expect(text.slice(f.start, f.end)).toBe(f.text);
          expect(f.start).toBeGreaterThanOrEqual(last);
          last = f.end;
          const numbers = Array.isArray(f.value) ? f.value : [f.value];
          for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
        }
        expect(found.filter((f) => f.key).length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });
});

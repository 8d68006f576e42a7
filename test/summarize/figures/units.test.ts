import { describe, expect, it } from "vitest";
import { kindOfUnit, matchCurrencyBefore, matchScaleAfter, matchUnitAfter } from "../../../src/summarize/figures/units.js";

function unitAfter(text: string, at: number) {
  return matchUnitAfter(text, at)?.unit ?? null;
}

describe("matchUnitAfter", () => {
  it("reads long forms and symbols, spaced, glued or hyphenated", () => {
    expect(unitAfter("5 per cent", 1)).toBe("%");
    expect(unitAfter("5%", 1)).toBe("%");
    expect(unitAfter("12 kilometres", 2)).toBe("kilometre");
    expect(unitAfter("12km", 2)).toBe("kilometre");
    expect(unitAfter("six-mile trip", 3)).toBe("mile");
    expect(unitAfter("50 mph", 2)).toBe("mile per hour");
    expect(unitAfter("20 degrees Celsius", 2)).toBe("celsius");
    expect(unitAfter("30-year-old", 2)).toBe("year of age");
    expect(unitAfter("3 Australian dollars", 1)).toBe("australian dollar");
  });

  it("minds the case of symbols", () => {
    expect(unitAfter("100 MB", 3)).toBe("megabyte");
    expect(unitAfter("100 mb", 3)).toBe("megabit");
    expect(unitAfter("450 Nm", 3)).toBe("newton metre");
    expect(unitAfter("7 nm", 1)).toBe("nanometre");
  });

  it("needs the unit to end where the word ends", () => {
    expect(unitAfter("5 kmh2x", 1)).toBeNull();
    expect(unitAfter("5 people", 1)).toBeNull();
    expect(unitAfter("5 percentages", 1)).toBeNull();
  });
});

describe("matchCurrencyBefore", () => {
  it("reads signs and codes, with or without a space", () => {
    expect(matchCurrencyBefore("$5", 1)?.unit).toBe("dollar");
    expect(matchCurrencyBefore("US$ 5", 4)?.unit).toBe("dollar");
    expect(matchCurrencyBefore("HK$5", 3)?.unit).toBe("hong kong dollar");
    expect(matchCurrencyBefore("£5", 1)?.unit).toBe("pound");
    expect(matchCurrencyBefore("EUR 5", 4)?.unit).toBe("euro");
    expect(matchCurrencyBefore("Y=590", 2)?.unit).toBe("yen");
  });

  it("reads every way of writing a currency, whatever character it ends with", () => {
    const written =
      "$ US$ us$ u.s.$ U.S.$ $US USD A$ AU$ AUD $A C$ CA$ CAD cad HK$ HKD NZ$ nz$ NZD nzd S$ SGD Mex$ MXN dollar dollars € EUR euro euros £ GBP ¥ Y= JPY RMB rmb CNY ₹ Rs. Rs INR CHF ₿ ₪ NIS ₩ ₽ ₺ ₦ ₱ ＄ MUSD".split(
        " ",
      );
    for (const currency of written) {
      for (const text of [`paid ${currency}5`, `paid ${currency} 5`])
        expect(matchCurrencyBefore(text, text.length - 1), text).not.toBeNull();
    }
    expect(matchCurrencyBefore("paid 5", 5)).toBeNull();
    expect(matchCurrencyBefore("paid about 5", 11)).toBeNull();
  });

  it("gives the offset where the currency starts", () => {
    expect(matchCurrencyBefore("cost US $5", 9)?.at).toBe(5);
  });

  it("carries the million of 'MUSD'", () => {
    expect(matchCurrencyBefore("MUSD 30", 5)).toMatchObject({ unit: "dollar", scale: 1e6 });
  });

  it("finds nothing before a plain number", () => {
    expect(matchCurrencyBefore("about 5", 6)).toBeNull();
  });
});

describe("matchScaleAfter", () => {
  it("reads words and abbreviations", () => {
    expect(matchScaleAfter("5 million", 1)?.factor).toBe(1e6);
    expect(matchScaleAfter("5bn", 1)?.factor).toBe(1e9);
    expect(matchScaleAfter("5 trillion", 1)?.factor).toBe(1e12);
    expect(matchScaleAfter("5 lakh", 1)?.factor).toBe(1e5);
    expect(matchScaleAfter("5 minutes", 1)).toBeNull();
  });
});

describe("kindOfUnit", () => {
  it("knows what each unit measures", () => {
    expect(kindOfUnit("%")).toBe("percent");
    expect(kindOfUnit("euro")).toBe("money");
    expect(kindOfUnit("day")).toBe("time");
    expect(kindOfUnit("metre")).toBe("measure");
  });
});

import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import { findQuotes } from "../../../src/summarize/quotes/find-quotes.js";
import type { Quote } from "../../../src/types.js";

// Short articles written for these tests; names and events are invented.
function quotesOf(text: string): Quote[] {
  return findQuotes(layoutText(text));
}

function mention(text: string, quote: Quote): string | null {
  return quote.speakerStart === null || quote.speakerEnd === null ? null : text.slice(quote.speakerStart, quote.speakerEnd);
}

function only(text: string): Quote {
  const quotes = quotesOf(text);
  expect(quotes).toHaveLength(1);
  return quotes[0] as Quote;
}

describe("findQuotes: attribution patterns", () => {
  it("reads “…,” X said and resolves the surname to the fullest name", () => {
    const text =
      "Mayor Helen Varga opened the new bridge on Sunday.\n\n“This bridge will cut every commute in half,” Varga said.";
    const quote = only(text);
    expect(quote.text).toBe("This bridge will cut every commute in half,");
    expect(quote.speaker).toBe("Helen Varga");
    expect(mention(text, quote)).toBe("Varga");
  });

  it("reads “…,” said X, with an apposition after the name", () => {
    const text = "“Nobody expected the river to rise this fast,” said Omar Lindqvist, a hydrologist at the regional office.";
    const quote = only(text);
    expect(quote.speaker).toBe("Omar Lindqvist");
    expect(mention(text, quote)).toBe("Omar Lindqvist");
  });

  it("reads X told … : “…”", () => {
    const text = "Coach Dana Whitfield told reporters after the match: “We lost our focus in the second half.”";
    const quote = only(text);
    expect(quote.speaker).toBe("Dana Whitfield");
    expect(quote.text).toBe("We lost our focus in the second half.");
  });

  it("reads according to X", () => {
    const text =
      "Prices will keep rising. According to Priya Raman, “the shortage of timber is the main reason for the increase.”";
    const quote = only(text);
    expect(quote.speaker).toBe("Priya Raman");
    expect(mention(text, quote)).toBe("Priya Raman");
  });

  it("reads X added that “…” and resolves he to the last fitting person", () => {
    const text =
      "Senator Paul Okafor visited the flooded towns on Friday. He added that “the state will pay for every damaged house in the valley.”";
    const quote = only(text);
    expect(quote.speaker).toBe("Paul Okafor");
    expect(mention(text, quote)).toBe("He");
  });

  it("reads X: “…”", () => {
    const text = "The captain was blunt about the defeat.\n\nMorales: “We played badly and we deserved to lose this game.”";
    const quote = only(text);
    expect(quote.speaker).toBe("Morales");
    expect(mention(text, quote)).toBe("Morales");
  });

  it("resolves she to a woman even when a man was named last", () => {
    const text =
      "Maria Castellano met Tom Brewer at the summit in Oslo on Tuesday.\n\n“We agreed on nothing except the date of the next meeting,” she said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Maria Castellano");
    expect(mention(text, quote)).toBe("she");
  });

  it("resolves he to the sentence's subject rather than a nearer object", () => {
    const text =
      "Donald Grant praised reporter Tim Boyle at a press conference in Leeds on Monday.\n\n“Very good reporter, very good reporter, this guy,” he said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Donald Grant");
  });

  it("resolves a title to the person introduced with it", () => {
    const text =
      "Finance Minister Ingrid Solberg presented the budget on Monday.\n\nOpposition leaders criticised the plan.\n\n“The deficit will fall below two percent by next year,” the minister said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Ingrid Solberg");
    expect(mention(text, quote)).toBe("the minister");
  });

  it("strips titles and honorifics before finding the fullest name", () => {
    const text =
      "WASHINGTON - Sen. Walter Sanders filed the bill on Monday.\n\n“This law is long overdue,” Mr. Sanders told reporters outside the chamber.";
    const quote = only(text);
    expect(quote.speaker).toBe("Walter Sanders");
    expect(mention(text, quote)).toBe("Mr. Sanders");
  });

  it("reads a dash attribution after the quote", () => {
    const text = "“We finally have a park where the children can play safely.” ― Rosa Delgado\n\nThe park opened in May.";
    const quote = only(text);
    expect(quote.speaker).toBe("Rosa Delgado");
  });

  it("gives null when nobody is named", () => {
    const text = "A sign on the door read nothing else.\n\n“Closed until further notice because of the storm damage.”";
    const quote = only(text);
    expect(quote.speaker).toBeNull();
  });
});

describe("findQuotes: shapes of quotations", () => {
  it("joins a quote split around its attribution into one", () => {
    const text = "“The plan is sound,” Judge Ana Ruiz said, “and the city will carry it out without delay.”";
    const quote = only(text);
    expect(quote.text).toBe("The plan is sound and the city will carry it out without delay.");
    expect(quote.start).toBe(0);
    expect(quote.end).toBe(text.length);
    expect(quote.speaker).toBe("Ana Ruiz");
  });

  it("keeps a quote running over several paragraphs as one", () => {
    const text =
      "The governor, Lena Ortiz, spoke for an hour. She said:\n\n“We have rebuilt the schools and the roads in a single year.\n\n“Now we will rebuild the hospitals, and nobody will stop us.”\n\nThe crowd cheered.";
    const quote = only(text);
    expect(quote.text).toBe(
      "We have rebuilt the schools and the roads in a single year. Now we will rebuild the hospitals, and nobody will stop us.",
    );
    expect(text.slice(quote.start, quote.end)).toContain("single year.");
    expect(text.slice(quote.start, quote.end)).toContain("nobody will stop us.");
    expect(quote.speaker).toBe("Lena Ortiz");
  });

  it("reads « » and „ “ marks", () => {
    const french = "Le président Jean Moreau a déclaré: «Nous allons reconstruire la cathédrale en cinq ans.»";
    expect(only(french).text).toBe("Nous allons reconstruire la cathédrale en cinq ans.");
    const german = "Kanzlerin Eva Brandt sagte: „Wir werden die Brücke bis zum Sommer fertig bauen.“ Danach ging sie.";
    expect(only(german).text).toBe("Wir werden die Brücke bis zum Sommer fertig bauen.");
  });

  it("does not take apostrophes for quote marks", () => {
    const text =
      "Jones’ team doesn’t think the ’90s will return, and the club’s fans agree. “We can’t live in the past forever,” Jones said. It’s a fans’ favourite line.";
    const quote = only(text);
    expect(quote.text).toBe("We can’t live in the past forever,");
    expect(quote.speaker).toBe("Jones");
  });

  it("reads straight double quotes and nested single quotes", () => {
    const text = "\"He told me 'never again' and walked out of the room,\" said Clara Voss.";
    const quote = only(text);
    expect(quote.text).toBe("He told me 'never again' and walked out of the room,");
    expect(quote.speaker).toBe("Clara Voss");
  });

  it("leaves scare quotes and titles out", () => {
    const text =
      "Critics called the deal a “betrayal” of the workers. The minister starred in “The Long Road Home” before politics and calls himself “the Fixer” to friends.";
    expect(quotesOf(text)).toEqual([]);
  });

  it("gives offsets whose slice holds every quote", () => {
    const text =
      'Mayor Helen Varga spoke first.\n\n“We will open two new parks,” she said, “and plant a thousand trees.”\n\nHer rival, Tom Brewer, disagreed: "The city cannot pay for any of it this year."';
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(2);
    for (const quote of quotes) {
      const slice = text.slice(quote.start, quote.end);
      for (const word of quote.text.split(/[\s,.]+/).filter(Boolean)) expect(slice).toContain(word);
    }
    expect(quotes.map((q) => q.speaker)).toEqual(["Helen Varga", "Tom Brewer"]);
  });
});

describe("findQuotes: key quotes", () => {
  it("marks 1–4 key quotes, whole statements by named people first", () => {
    const text = [
      "Prime Minister Sofia Lind and opposition leader Karl Dahl clashed in parliament on Wednesday.",
      "“The reform will make pensions safe for the next thirty years,” Lind said.",
      "“It is a tax on the young and we will vote against it every time,” Dahl said.",
      "“Pensions are not a game for politicians to play with,” Lind added.",
      "“We will take this fight to every town in the country before the vote,” Dahl said.",
      "“We will keep talking to both sides of the house this week,” Lind said.",
      "A poster outside read: “Hands off our pensions, now and forever, for everyone.”",
    ].join("\n\n");
    const quotes = quotesOf(text);
    expect(quotes).toHaveLength(6);
    const keys = quotes.filter((q) => q.key);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(keys.length).toBeLessThanOrEqual(4);
    for (const key of keys) expect(key.speaker).not.toBeNull();
    expect((quotes[5] as Quote).key).toBe(false);
  });

  it("keeps a short partial quote but never marks it key", () => {
    const text =
      "Leader Karl Dahl called it “a farce” on Monday. “We will fight this law in every court we can find,” Dahl said.";
    const quotes = quotesOf(text);
    expect(quotes.map((q) => q.text)).toEqual(["a farce", "We will fight this law in every court we can find,"]);
    expect(quotes.filter((q) => q.key).map((q) => q.text)).toEqual(["We will fight this law in every court we can find,"]);
  });

  it("is deterministic", () => {
    const text = "“We will fight this law in every court we can find,” Karl Dahl said.";
    expect(quotesOf(text)).toEqual(quotesOf(text));
  });
});

describe("findQuotes: roles and titles", () => {
  it("resolves “the manager” to the person introduced with that role", () => {
    const text =
      "Eastfield manager Marta Lindqvist, who arrived in June, praised the defence. The crowd sang for an hour. “They held the line all afternoon,” the manager said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Marta Lindqvist");
    expect(mention(text, quote)).toBe("the manager");
  });

  it("resolves a title given in apposition (“Name, the coach,”)", () => {
    const text =
      "Oskar Brandt, the coach, watched from the stand on Sunday.\n\nThe team lost again.\n\n“We need three new players before the window shuts,” the coach said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Oskar Brandt");
    expect(mention(text, quote)).toBe("the coach");
  });

  it("resolves “the company's chief executive” to the chief executive named before", () => {
    const text =
      "Profits at Vantor doubled, chief executive Jonah Pryce told investors on Tuesday.\n\n“Next year will be harder than this one,” the company's chief executive said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Jonah Pryce");
    expect(mention(text, quote)).toBe("the company's chief executive");
  });

  it("keeps an unmatched description as written", () => {
    const text = "“The queue started at dawn,” a shop assistant said.";
    expect(only(text).speaker).toBe("a shop assistant");
  });

  it("leaves a role word at the start of a sentence out of the name", () => {
    const text =
      "Goalkeeper Nils Ekberg saved three shots in the last minute.\n\n“I just guessed the right way every time,” Ekberg said.";
    const quote = only(text);
    expect(quote.speaker).toBe("Nils Ekberg");
    expect(mention(text, quote)).toBe("Ekberg");
  });

  it("takes an unlisted capitalised common noun before a name as a role when the text uses it in lower case", () => {
    const text =
      "Wicketkeeper Imran Qadir took five catches on the final day. No wicketkeeper had done that here before.\n\n“The ball kept carrying to me,” Qadir said.";
    expect(only(text).speaker).toBe("Imran Qadir");
  });

  it("keeps a three-word name whose first word is not a role", () => {
    const text = "Ingvar Tomas Berg opened the new library.\n\n“Every town deserves a place like this,” Berg said.";
    expect(only(text).speaker).toBe("Ingvar Tomas Berg");
  });
});

describe("findQuotes: joining split quotes", () => {
  it("ends the first part with a period when the second part opens a new sentence", () => {
    const text = "“Sales doubled in a year,” said Lena Hart. “We are hiring two hundred people.”";
    expect(only(text).text).toBe("Sales doubled in a year. We are hiring two hundred people.");
  });

  it("drops the split comma when the second part goes on with the sentence", () => {
    const text = "“The bridge,” Mayor Joel Park said, “stays shut until the spring.”";
    expect(only(text).text).toBe("The bridge stays shut until the spring.");
  });

  it("keeps the comma before “I”", () => {
    const text = "“We tried everything,” Rosa Blum said, “I promise you that.”";
    expect(only(text).text).toBe("We tried everything, I promise you that.");
  });
});

describe("findQuotes: long texts", () => {
  it("reads a ~300 KB paragraph without sentence stops, full of short quotes after commas, and finds every quote", () => {
    // Every quote here sends the speaker search back over a comma-filled sentence that never ends.
    const piece = "the fans waved, sang, and said “go” ";
    const count = Math.ceil(300_000 / piece.length);
    const quotes = quotesOf(`Mayor Helen Varga toured the valley. ${piece.repeat(count)}and the tour ended.`);
    expect(quotes).toHaveLength(count);
    expect(quotes.every((q) => q.text === "go")).toBe(true);
  });

  it("reads ~100 KB of page data as text and still returns the article's quote", () => {
    // Script data left in a page: thousands of quoted words with no sentence in sight.
    const entry = '{"title":"Town Notes","url":"https://example.org/notes/","nofollow":"false"},';
    const data = entry.repeat(Math.ceil(50_000 / entry.length));
    const text = `${data}\n\n“We will reopen the road on Monday,” Karl Dahl said.\n\n${data}`;
    const quotes = quotesOf(text).filter((q) => q.speaker === "Karl Dahl");
    expect(quotes.map((q) => q.text)).toEqual(["We will reopen the road on Monday,"]);
  });
});

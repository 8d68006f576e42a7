import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import { classifyTopics, TOPICS } from "../../../src/summarize/topics/classify-topics.js";

const topics = (text: string, title?: string): string[] => classifyTopics(layoutText(text, title), title);

describe("classifyTopics", () => {
  it("gives no section where only a stray ambiguous word points to one", () => {
    // "director" and "single" are entertainment words, but here they are a transport director and a detour road.
    const story =
      "The river bridge in Dunmore will stay closed for six weeks after cracks were found, the town's transport director said, " +
      "sending commuters onto a single detour road. Repairs begin on Monday.";
    expect(topics(story, "Dunmore shuts river bridge after cracks found")).toEqual([]);
  });

  it("finds the section of clear stories first", () => {
    expect(
      topics(
        "The striker scored twice as the club won the league cup final against their rivals. The manager praised his players.",
      )[0],
    ).toBe("sport");
    expect(
      topics(
        "Shares in the carmaker fell after it warned that annual profits would miss forecasts, and investors sold the stock.",
      )[0],
    ).toBe("business");
    expect(
      topics(
        "MPs voted on the bill in the House of Commons as the Conservatives and Labour clashed over the election manifesto.",
      )[0],
    ).toBe("politics");
    expect(
      topics("The actress won an Oscar for the film, and the director thanked the cast at the ceremony in Hollywood.")[0],
    ).toBe("entertainment");
    expect(
      topics("The software update lets users of the smartphone browse the internet faster over broadband and wi-fi.")[0],
    ).toBe("tech");
    expect(topics("Doctors at the hospital said patients with the disease needed a new vaccine and better treatment.")[0]).toBe(
      "health",
    );
  });

  it("counts title words more than body words", () => {
    const body = "The album topped the chart.";
    expect(topics(body)[0]).toBe("entertainment");
    expect(topics(body, "Shares jump as profits beat forecasts")[0]).toBe("business");
  });

  it("adds keyword topics from names and aliases on whole words", () => {
    const text =
      "Ukraine said on Monday that Kyiv would talk to Brussels. Ukrainian officials said the EU would help. Zelensky thanked the EU.";
    const result = topics(text);
    expect(result).toContain("ukraine");
    expect(result).toContain("european union");
    expect(topics("She said the train was late again, and again, and again.")).not.toContain("ai");
    expect(topics("AI firms said AI rules were needed, and the AI lab agreed.")).toContain("ai");
  });

  it("sends a government's economic figures to business, and a budget row among MPs to politics", () => {
    expect(
      topics(
        "The central bank of Norland raised interest rates to 4% as inflation climbed, the finance ministry said. " +
          "The government expects economic growth to slow and exports to fall as the currency strengthens, officials added.",
      )[0],
    ).toBe("business");
    expect(
      topics(
        "Opposition MPs attacked the finance minister's budget in parliament, and the party's leader called for a vote. " +
          "Backbenchers threatened a rebellion as the election campaign began.",
      )[0],
    ).toBe("politics");
  });

  it("keeps generic words of government weak next to a story's economic figures", () => {
    const text =
      "The government of Eastland said the president, the prime minister and his ministers would meet officials " +
      "of the administration and the authorities of the state on Monday, after the ministry and the governor said " +
      "the cabinet and the regime were pleased. " +
      "Figures showed GDP grew 2% while inflation fell and the currency rose.";
    expect(topics(text)[0]).toBe("business");
  });

  it("treats a foreign government's dealings with a company as business, not domestic politics", () => {
    const text =
      "Bolivia's government said the president and his ministers would take over gas fields owned by a foreign " +
      "company. Officials of the Bolivian administration said the state and the authorities of Bolivia would pay " +
      "compensation, and the ministry said the cabinet agreed with the firm.";
    expect(topics(text)[0]).toBe("business");
  });

  it("treats video games as technology, even when they simulate football", () => {
    expect(
      topics(
        "In the new football video game for the console, players control a team through a league season, score goals, " +
          "take penalties and win the cup final against rival clubs. Gamers can also play the match online.",
      )[0],
    ).toBe("tech");
  });

  it("treats a chart story as entertainment even when it mentions streaming", () => {
    expect(
      topics(
        "The singer's new album went straight to number one in the album chart, helped by streaming. " +
          "Her band starts a world tour next month, and fans have bought every ticket for the concerts.",
      )[0],
    ).toBe("entertainment");
  });

  it("treats the machinery of TV as technology", () => {
    expect(
      topics(
        "Viewers of the drama series and the soaps will be able to pause live TV with a set-top box that records " +
          "high-definition programmes onto a hard drive. The device connects over broadband, and its software lets " +
          "the audience skip adverts in their favourite comedy shows and films.",
      )[0],
    ).toBe("tech");
  });

  it("sends the money of a football club to business", () => {
    expect(
      topics(
        "The billionaire raised his stake in the football club and made a takeover bid, and shares rose. " +
          "The club's fans and players fear the manager's transfer budget will be cut after the season, and the " +
          "striker and the goalkeeper may leave for a rival league. Shareholders will meet at the stadium.",
      )[0],
    ).toBe("business");
  });

  it("counts many different words of a section more than one word repeated", () => {
    const text =
      "The software, the software, the software, the software, the software, the software, the software " +
      "and the software again, he said. " +
      "The actress, the director and the cast of the film thanked the audience at the premiere.";
    expect(topics(text)[0]).toBe("entertainment");
  });

  it("returns nothing for text with no topic words", () => {
    expect(topics("Xyz qwv.")).toEqual([]);
  });

  it("lists every built-in section with a display name", () => {
    const sections = TOPICS.filter((t) => t.kind === "section").map((t) => t.id);
    for (const id of ["world", "politics", "business", "tech", "science", "health", "sport", "entertainment"])
      expect(sections).toContain(id);
    expect(new Set(TOPICS.map((t) => t.id)).size).toBe(TOPICS.length);
    for (const topic of TOPICS) expect(topic.name.length).toBeGreaterThan(0);
  });
});

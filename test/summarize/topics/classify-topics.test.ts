import { describe, expect, it } from "vitest";
import { layoutText } from "../../../src/summarize/layout-text.js";
import { classifyTopics, TOPICS } from "../../../src/summarize/topics/classify-topics.js";

const topics = (text: string, title?: string): string[] => classifyTopics(layoutText(text, title), title);

describe("classifyTopics", () => {
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

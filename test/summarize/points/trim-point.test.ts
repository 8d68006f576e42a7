import { describe, expect, it } from "vitest";
import { POINT_WORDS, trimPoint } from "../../../src/summarize/points/trim-point.js";

const words = (text: string) => text.split(/\s+/).length;

describe("trimPoint", () => {
  it("keeps a sentence that is short enough as it is", () => {
    const short = "The council of Marlow approved a new tram line on Tuesday, after a long debate.";
    expect(trimPoint(short)).toBe(short);
    expect(trimPoint("")).toBe("");
  });

  it("drops a trailing relative clause and ends the main clause with a full stop", () => {
    const sentence =
      "Fire crews from three towns fought the blaze at the old grain mill in Fennick for six hours, which left the building a shell and closed the road to the harbour until the weekend.";
    expect(trimPoint(sentence)).toBe(
      "Fire crews from three towns fought the blaze at the old grain mill in Fennick for six hours.",
    );
  });

  it("drops an attribution tail and a participle clause", () => {
    const attributed =
      "The ferry between Ostrel and the island of Kell will stop running from next month for at least a year of repairs to both piers, according to a statement from the harbour board on Friday.";
    expect(trimPoint(attributed)).toBe(
      "The ferry between Ostrel and the island of Kell will stop running from next month for at least a year of repairs to both piers.",
    );
    const participle =
      "The bank raised its main interest rate to 6 per cent on Thursday for the third time this year, prompting fresh warnings from builders that house sales would fall sharply by the summer.";
    expect(trimPoint(participle)).toBe(
      "The bank raised its main interest rate to 6 per cent on Thursday for the third time this year.",
    );
  });

  it("keeps the longest main clause that fits: cuts at the last break within the budget", () => {
    const sentence =
      "Road crews reopened one lane of the mountain pass between Dorn and Velka on Sunday morning, after the snow stopped, while the second lane stays shut until engineers have checked the retaining walls along the gorge.";
    const trimmed = trimPoint(sentence);
    expect(trimmed).toBe(
      "Road crews reopened one lane of the mountain pass between Dorn and Velka on Sunday morning, after the snow stopped.",
    );
    expect(words(trimmed)).toBeLessThanOrEqual(POINT_WORDS);
  });

  it("never cuts a relative clause or a dash aside that sits between the subject and its verb", () => {
    const relative =
      "The harbour master of Selby Cove, who has run the port for thirty years and knows every skipper by name, said on Monday that the new mooring fees would drive the fishing fleet away.";
    expect(trimPoint(relative)).toBe(relative);
    const aside =
      "Captain Ada Morrow – who lost a hand in a sailing accident off the Kell lighthouse in 1998 – crossed the Atlantic alone this spring in a boat she built herself in her back garden.";
    expect(trimPoint(aside)).toBe(aside);
  });

  it("cuts at a dash aside at the end of the main clause", () => {
    const sentence =
      "The Velka museum sold the only surviving copy of the town charter to a private collector for 2 million euros -- a sale the town council tried for two years to block in the courts.";
    expect(trimPoint(sentence)).toBe(
      "The Velka museum sold the only surviving copy of the town charter to a private collector for 2 million euros.",
    );
  });

  it("treats a list after the clause's comma as part of the clause, not as the main clause going on", () => {
    const sentence =
      "Inspectors closed the Fenwick depot's canteen on Friday for a breach of the county's food safety rules, which require kitchens to keep meat, fish and dairy apart in separate cold rooms.";
    expect(trimPoint(sentence)).toBe(
      "Inspectors closed the Fenwick depot's canteen on Friday for a breach of the county's food safety rules.",
    );
  });

  it("never cuts inside a quotation", () => {
    const curly =
      "The mayor of Ebbwick told the crowd that “the river has taken our homes, but it will not take our town, and we will rebuild every street of it before the winter comes”.";
    expect(trimPoint(curly)).toBe(curly);
    const single =
      "The coach said after the match: 'We played for ninety minutes as a team, which is what this club has always stood for, and we will do it again on Saturday at home.";
    expect(trimPoint(single)).toBe(single);
  });

  it("keeps a sentence whose only break would leave less than a main clause", () => {
    const sentence =
      "Rescuers said, while the search went on through the night in heavy rain and strong winds along the coast, that two kayakers had been found alive on a beach near Carrow.";
    expect(trimPoint(sentence)).toBe(sentence);
  });
});

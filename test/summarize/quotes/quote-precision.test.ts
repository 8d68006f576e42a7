/** Quote precision (issue 13): titles of works and scare quotes are not anyone's statement; invented sentences. */
import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/summarize/index.js";

function quoted(text: string): string[] {
  return summarize({ text }).quotes.map((q) => q.text);
}

describe("quotes: titles of works", () => {
  it("drops a show after a possessive, after 'told', after 'titled' and a nickname", () => {
    const text = [
      "Speaking on the channel’s “Morning Harbour,” Ivo Lang said the port would reopen.",
      "“The port reopens Monday,” Lang told “Coast Today” after the briefing.",
      "The campaign ad, titled “Broken Promises,” ran all week.",
      "Rivals gave him the nickname “Slippery Sam.”",
    ].join("\n\n");
    expect(quoted(text)).toEqual(["The port reopens Monday,"]);
  });

  it("drops a headline followed by its byline", () => {
    const text = "Reading list: “Storm closes the old pier for the winter,” by Ana Ruiz of the Coast Herald.";
    expect(quoted(text)).toEqual([]);
  });
});

describe("quotes: scare quotes", () => {
  it("drops one or two words after an article, possessive or preposition", () => {
    const text = [
      "The files were raised to the “confidential” level, a clerk said.",
      "Friends offered to work for my “campaign,” Ola Brandt said of the early days.",
    ].join("\n\n");
    expect(quoted(text)).toEqual([]);
  });

  it("keeps a short answer and a chant a verb hands over", () => {
    const text = ["“Absolutely,” Mara Ek said when asked.", "The dockers kept chanting “No deal!” at the gates."].join("\n\n");
    expect(quoted(text)).toEqual(["Absolutely,", "No deal!"]);
  });
});

describe("quotes: names of works before the kind of work", () => {
  it("drops a name followed by the kind of work or object it names, and a one-word show", () => {
    const text = [
      "Callers to his “Night Shift Live” radio program said they had doubts.",
      "Supporters waved “Fair Pay Now” signs from the stands.",
      "Tuesday on the channel’s “Harbour,” Ivo Lang said the port would reopen.",
    ].join("\n\n");
    expect(quoted(text)).toEqual([]);
  });

  it("keeps a short sentence that a new sentence follows", () => {
    const text = "The chairman told the agency simply, “We lost.” Shirts with the slogan appeared within hours.";
    expect(quoted(text)).toEqual(["We lost."]);
  });
});

describe("quotes: long titles and markup", () => {
  it("drops a capitalized title after 'titled' or 'book', however long", () => {
    const text = [
      "Readers shared an article titled “Why The Harbour Tunnel Will Never Be Finished On Time.”",
      "He told the story in his book “Low Tide: One Family and the Long Fight for the Old Harbour.”",
    ].join("\n\n");
    expect(quoted(text)).toEqual([]);
  });

  it("does not open a quote at the end of a markup attribute", () => {
    const text = '<post author="@harbourwatch" date="May 1\n">The pier is empty again tonight, nobody came to see it.</post>.';
    expect(quoted(text)).toEqual([]);
  });
});

describe("quotes: cited works and headlines in capitals", () => {
  it("drops a slogan cited with its year and a headline written in capitals", () => {
    const text = [
      "The party's posters were blunt: “Close the borders to all strangers now” (2009) and more.",
      "Morning links.\n\n‘HARBOUR TOWN VOTES TO CLOSE THE OLD PIER’ The council met late.",
    ].join("\n\n");
    expect(quoted(text)).toEqual([]);
  });

  it("keeps a short chant in capitals", () => {
    const text = "The crowd kept chanting “USA! USA!” as the mayor spoke.";
    expect(quoted(text)).toEqual(["USA! USA!"]);
  });
});

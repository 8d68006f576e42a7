/** Speaker error classes of issue 13 (class 7), on invented sentences. */
import { describe, expect, it } from "vitest";
import { summarize } from "../../../src/summarize/index.js";

/** [quotation, speaker, the mention it points at] of every quote of a text. */
function speakers(text: string): [string, string | null, string][] {
  return summarize({ text }).quotes.map((q) => [
    q.text,
    q.speaker,
    q.speakerStart == null || q.speakerEnd == null ? "" : text.slice(q.speakerStart, q.speakerEnd),
  ]);
}

describe("speakers: a new sentence that introduces the next part", () => {
  it("keeps “A.” He added, “B.” as two statements, each with its own mention", () => {
    const text = "Lena Marsh said, “The levee held through the night.” She added, “We will know more once the water drops.”";
    expect(speakers(text)).toEqual([
      ["The levee held through the night.", "Lena Marsh", "Lena Marsh"],
      ["We will know more once the water drops.", "Lena Marsh", "She"],
    ]);
  });

  it("still joins a statement split around a bare attribution", () => {
    const text = "“The levee held,” Lena Marsh said, “and the pumps kept going.”";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Lena Marsh"]);
  });
});

describe("speakers: verbs of reported speech", () => {
  it("reads chanting, citing, singing and 'as X put it' as speech", () => {
    const text = [
      "Outside the hall, the dockers chanted “No deal without us.”",
      "The union cited “a decade of broken promises.”",
      "As the harbour master Ines Calder put it, “Nobody wins a strike.”",
      "The mayor described the plan as “the last chance for the port.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["the dockers", "The union", "Ines Calder", "The mayor"]);
  });
});

describe("speakers: quoted words inside a sentence with no speech verb", () => {
  it("gives them to the sentence's subject", () => {
    const text = [
      "Councillor Ada Brenner thanked the volunteers for “keeping the whole valley dry through the storm.”",
      "The inspection report found “no sign of damage to the main dam wall.”",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker, mention]) => [speaker, mention])).toEqual([
      ["Ada Brenner", "Councillor Ada Brenner"],
      ["The inspection report", "The inspection report"],
    ]);
  });

  it("leaves a quote that opens its sentence without one", () => {
    const text = "The storm passed at noon.\n\n“Nobody expected the river to rise that fast today.”";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([null]);
  });
});

describe("speakers: the subject after an inverted verb", () => {
  it("reads a name after lower-case words that describe the person", () => {
    const text = [
      "“We built this bridge to last a hundred years,” said retired engineer Tomas Brill.",
      "“Welcome to all of our new neighbours tonight,” said master of ceremonies Ivo Lang.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Tomas Brill", "Ivo Lang"]);
  });

  it("inverts any speech verb in the past tense, but not one naming the listener", () => {
    const inverted = "“This is the worst flood we have had in years,” reacted Mayor Ilse Varga.";
    expect(speakers(inverted).map(([, speaker]) => speaker)).toEqual(["Ilse Varga"]);
    const listener = "“The pumps were never serviced last spring at all,” told reporters a man at the gate.";
    expect(speakers(listener).map(([, speaker]) => speaker)).toEqual([null]);
  });

  it("keeps the group a speaker is picked from, and an adjective after the article", () => {
    const text = [
      "“The gate was open all night long,” said one of three guards who asked not to be named.",
      "“Vote for the whole slate on the ballot,” said the printed campaign card.",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["one of three guards", "the printed campaign card"]);
  });
});

describe("speakers: subjects before the verb", () => {
  it("reads ages, demonstratives and quantifiers as subjects", () => {
    const text = [
      "“Why would anyone stay here after this?” the 34-year-old asked.",
      "“The board never saw the survey before the vote,” this source told the paper.",
      "The crowd waited outside the hall. Some chanted “Open the gates now!”",
      "“We will appeal the ruling at once,” Orla Finch admitted.",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["the 34-year-old", "this source", "Some", "Orla Finch"]);
  });

  it("does not end a noun phrase on a preposition", () => {
    const text = "Neva Holt ended her long speech by saying “We are not going anywhere.”";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Neva Holt"]);
  });

  it("looks past a short quote inside the attribution", () => {
    const text = "“We have had better meetings than this one,” Emil Sand, wearing a “Save the Pier” badge, said.";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Emil Sand"]);
  });
});

describe("speakers: counted groups, participles and the verb that hands a quote over", () => {
  it("reads a count of people as the subject", () => {
    const text = [
      "Outside the port gates, about 300 dockers gathered in the rain, waving flags and chanting “Not one more job lost.”",
      "Asked about the plan, 41 percent said “far too costly” and 12 percent said “not costly at all.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["about 300 dockers", "41 percent", "12 percent"]);
  });

  it("does not take the object of a participle for the subject", () => {
    const text = [
      "A harbour official speaking to River Radio said, “The cranes will stay idle until Friday at least.”",
      "Workers marching through the old town chanted “Fair pay now!”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["A harbour official", "Workers"]);
  });

  it("reads the subject before a participle after a comma", () => {
    const text = "Here in Tarnow, Mila Ostrowska stepped up her attacks on the plan, saying, “We will not be ignored.”";
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Mila Ostrowska"]);
  });
});

describe("speakers: nearest mention and the shape of the attribution", () => {
  it("points at the pronoun of a sentence between a quote and the next", () => {
    const text =
      "“We are going to rebuild the pier,” Nils Berg added. He then turned to the crowd.\n\n“Who is going to pay for it?”";
    expect(speakers(text).map(([, speaker, mention]) => [speaker, mention])).toEqual([
      ["Nils Berg", "Nils Berg"],
      ["Nils Berg", "He"],
    ]);
  });

  it("takes the introduction of a paragraph ending in a colon over the previous speaker", () => {
    const text = "“The budget is tight,” Vera Holm said. She went on to say:\n\n“Nobody here wants another closure this year.”";
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["Vera Holm", "She"]);
  });

  it("reads the agent of a passive verb, a verb opening its sentence and a name before its parenthesis", () => {
    const text = [
      "Mara Ek was asked by host Tomas Lind, “Will you run again next year for the seat?”",
      "The house became a museum. Said Ada Obi, who grew up next door, “We were all so proud of it.”",
      "After the vote, Sen. Ivo Marsh (R-Ore.), said, “We are ready to rent a covered wagon.”",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Tomas Lind", "Ada Obi", "Ivo Marsh"]);
  });

  it("does not read a speech verb used as a noun, nor invert a conjoined verb", () => {
    const text = [
      "Although he thanked the town, Pavel Dunn sounded a rare note of doubt, saying, “I am not sure I deserve it.”",
      "Lena Ruiz praised “the best crew in the state” and stressed the crew's importance to the plan.",
    ].join("\n\n");
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(["Pavel Dunn", "Lena Ruiz"]);
  });

  it("gives a quote the verb right before it rather than an attribution after it", () => {
    const text = "After the ruling, she warned, “If they push us, we will push back,” Ines Varo told the radio station.";
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["she"]);
  });
});

describe("speakers: clauses and descriptions", () => {
  it("gives a conjoined verb the subject of its own clause", () => {
    const text = [
      "When Ida Munk was asked whether Karl Vos would resign, she laughed and said, “We will see.”",
      "The trial resumed after lunch. When he returned he began by saying, “Nobody needs to go to jail today.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["she", "he"]);
  });

  it("reads two descriptions joined by 'and' as one subject, and 'as X puts it'", () => {
    const text = [
      "“The river is rising again,” the veteran harbour master and former mayor told the radio station.",
      "As the paper's Ola Sand puts it, “Nobody is happy with the plan.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["the veteran harbour master and former mayor", "Ola Sand"]);
  });
});

describe("speakers: a title between two parts of a statement", () => {
  it("lets the next part inherit from the statement, not from the title", () => {
    const text =
      "Asked about the audit, Ruth Kell said little.\n\n“I have always said I expect to be checked,” she said on “Morning Hour.” “But nobody has ever been checked like this before.”";
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["she", "she"]);
  });
});

describe("speakers: longer subjects", () => {
  it("reads a subject with a participle adjective, a prepositional phrase and a long apposition", () => {
    const text = [
      "“The levee held through the night, and the pumps kept going,” the retired engineer told River Radio in a video posted online.",
      "“Will he be the next harbour master?” a union steward in the hall wondered.",
      "“We will reopen the pier,” Ivo Lang, the harbour master since the storm of the winter before last and a candidate in every council race since, said when Mara Ek asked him.",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual([
      "the retired engineer",
      "a union steward in the hall",
      "Ivo Lang",
    ]);
  });
});

describe("speakers: a second speaker in the attribution", () => {
  it("splits a statement where a conjunction brings in another speaker's verb", () => {
    const text = "“There is a young man with some problems here,” Ivo Lang said as the heckler yelled, “Go home!”";
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["Ivo Lang", "the heckler"]);
  });

  it("gives a quote the verb right before it, with or without a comma, and phrasal verbs", () => {
    const text = [
      "Asked about the pier, Vera Holm said “I know nothing about the new contract,” she added later.",
      "Nils Berg fired back: “You just play the contrarian on the radio!” he wrote.",
      "“Tell her I promised you a picture,” Ada Obi said, and her husband cut in. “Do not forget me.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["Vera Holm", "Nils Berg", "Ada Obi", "her husband"]);
  });
});

describe("speakers: speech verbs after plural subjects", () => {
  it("reads 'the voters say' as a verb, and 'a rare note' as a noun", () => {
    const text = [
      "The voters say “nobody asked us about the bridge at all.”",
      "Pavel Dunn struck a rare note of doubt, saying, “I am not sure we deserve this.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["The voters", "Pavel Dunn"]);
  });
});

describe("speakers: digests that cite a source after a dash", () => {
  it("takes the name between the dash and the colon", () => {
    const text = "Forecasters agree - Ana Ruiz: “The storm will pass north of the harbour by Friday night.”";
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["Ana Ruiz"]);
  });
});

describe("speakers: numbers as heads and more reporting verbs", () => {
  it("reads 'the two' as a subject, and 'remembered' and 'pressed' as speech", () => {
    const text = [
      "“You seem to have picked a new rule out of thin air,” the two write. “We do not see why.”",
      "“Many people told her not to do it,” remembered Ola Brandt, her former aide.",
      "“Would it be open to talks about the pier?” Nils Berg pressed.",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["the two", "Ola Brandt", "Nils Berg"]);
  });
});

describe("speakers: statements and reports", () => {
  it("gives a quote after 'issued a statement' to the statement's author, and 'From the report:' to the report", () => {
    const text = [
      "At the mayor's request, the harbour board issued a statement apologizing to the fishermen.",
      "“On behalf of everyone at the board, we are sorry for the delay.”",
      "From the report: “In general, older piers need more repairs.”",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["the harbour board", "the report"]);
  });
});

describe("speakers: the verb before a split statement", () => {
  it("prefers the verb that hands the statement over from the left to the attribution between its parts", () => {
    const text = "Nils Berg fired back: “As the keeper of the harbour,” he wrote, “we know you are rooting for the pier too.”";
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["Nils Berg"]);
  });
});

describe("speakers: lone quantifiers and 'answers'", () => {
  it("reads 'wrote another', 'Another tweeted' and 'X answers'", () => {
    const text = [
      "“We would have won the seat if everyone could vote,” one supporter wrote online.",
      "“Watch out for the count in the river towns,” wrote another.",
      "“Only two things went right this year,” Ivo Lang answers.",
    ].join("\n\n");
    expect(speakers(text).map(([, , mention]) => mention)).toEqual(["one supporter", "another", "Ivo Lang"]);
  });
});

describe("speakers: an attribution that says more than who spoke", () => {
  it("closes the statement when the sentence between the parts names a listener or a time", () => {
    const text = "“We will reopen the pier,” Ivo Lang told the radio station on Monday. “Nobody wants it closed.”";
    expect(speakers(text).map(([words]) => words)).toEqual(["We will reopen the pier,", "Nobody wants it closed."]);
  });

  it("keeps one statement around a bare or inverted attribution", () => {
    const text = "“Demand has outrun every plan,” said chief executive Ada Obi. “We are adding capacity.”";
    expect(speakers(text).map(([words, speaker]) => [words, speaker])).toEqual([
      ["Demand has outrun every plan. We are adding capacity.", "Ada Obi"],
    ]);
  });
});

/** A generated corpus of news-length articles (about 600 words) with quotes, figures, names and dates. */

const PEOPLE = [
  ["Maria Okafor", "the finance minister"],
  ["Daniel Brandt", "the mayor"],
  ["Aiko Tanaka", "the company's chief executive"],
  ["Samuel Reyes", "the police spokesman"],
  ["Helen Marsh", "the union leader"],
  ["Viktor Lindqvist", "the health secretary"],
] as const;
const PLACES = ["Lisbon", "Nairobi", "Osaka", "Denver", "Krakow", "Valparaiso", "Leeds", "Brisbane"];
const SUBJECTS = ["the flood defences", "the rail strike", "the merger", "the vaccine rollout", "the budget", "the election"];
const FIGURES = [
  "<n> people were killed and <m> injured",
  "the plan will cost $<n> million over <m> years",
  "prices rose <n>.<m>% in the year to March",
  "about <n>,000 homes were left without power",
  "a third of the <n> schools remain closed",
  "the team won <n>-<m> after extra time",
];

/** A small deterministic PRNG (mulberry32) so every run briefs the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Generates `count` articles of about `words` words each. */
export function newsCorpus(count: number, words = 600): { title: string; text: string }[] {
  const rand = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const number = (max: number) => 2 + Math.floor(rand() * max);
  const articles: { title: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const [name, role] = pick(PEOPLE);
    const [, other] = pick(PEOPLE);
    const place = pick(PLACES);
    const subject = pick(SUBJECTS);
    const paragraphs: string[] = [
      `${name}, ${role}, said on Tuesday that ${subject} in ${place} would go ahead despite objections from residents.`,
    ];
    let total = paragraphs[0]?.split(" ").length ?? 0;
    while (total < words) {
      const figure = pick(FIGURES)
        .replace("<n>", String(number(90)))
        .replace("<m>", String(number(9)));
      const options = [
        `Officials in ${place} said ${figure}, according to figures published on Jan. 5 by the U.S. agency.`,
        `“We will not stand by while ${subject} is delayed again,” ${name.split(" ")[1]} told reporters. “People here deserve better.”`,
        `“This is a decision for the whole city,” ${other} said, adding that talks would continue next week.`,
        `Mr. ${name.split(" ")[1]} added that “the numbers speak for themselves” and that ${figure}.`,
        `Critics say ${subject} has been mismanaged since 2019, when ${figure}, and that residents were not consulted.`,
        `The decision follows months of debate in ${place}, where local groups have campaigned against ${subject}.`,
      ];
      const paragraph = `${pick(options)} ${pick(options)}`;
      paragraphs.push(paragraph);
      total += paragraph.split(" ").length;
    }
    paragraphs.push("Share this article");
    articles.push({ title: `${place} presses ahead with ${subject}`, text: paragraphs.join("\n\n") });
  }
  return articles;
}

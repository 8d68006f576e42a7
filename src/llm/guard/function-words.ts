/** English words that open sentences capitalised without being names (determiners, pronouns, prepositions, ...). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the this that these those some any many most more much few several all both each every either neither no " +
    "nor none other another such own i you he she it we they me him her us them my your his its our their " +
    "who whom whose which what when where why how whether if unless while although though because since as so " +
    "than then thus hence yet still also even only just already again once and but or not " +
    "in on at by for from with without within into onto out over under above below after before during until " +
    "since between among against about around across along behind beyond near off through toward towards upon via " +
    "there here now today yesterday tomorrow tonight meanwhile however instead otherwise nevertheless moreover " +
    "is are was were be been being has have had do does did will would shall should can could may might must " +
    "new old top first last next up down back amid despite per"
  ).split(" "),
);

/** Word lists shared by the figure labellers. */

/** Words that end a noun phrase, or are skipped while looking back for the subject a figure is about. */
export const STOP_WORDS = new Set(
  (
    "a an the this that these those its their his her our your my it they them he she we i you who whom whose which what " +
    "in on at of to for from with by into onto over under about around after before since during until than as per via " +
    "and or but nor so yet while whereas if because although though when where how why versus vs " +
    "is are was were be been being am has have had having do does did will would could can may might must shall should " +
    "not no also already now still just only even more most less least some any all each every both either neither " +
    "up down out off nearly almost roughly approximately exactly barely " +
    "said says say told according reported reportedly expected expects estimate estimates estimated " +
    "rose fell grew rise rises fall falls gain gains grow grows lost lose loses hit hits won win wins cost costs paid pay pays " +
    "worth valued priced reached totaled totalled totaling totalling amounted stood stands stand closed ended finished opened " +
    "sank sink slid slide climb climbs surged soared tumbled plunged jumped dropped declined advanced added increased decreased " +
    "another other such there here then like unlike plus minus fewer past last next this year years " +
    "long tall wide high deep away old thick apart later earlier ago get gets got go goes went make makes made take takes took " +
    "whopping staggering record total average almost left through across along within without toward towards beyond below above " +
    "between among against despite struck took came went saw began became ran put set kept brought bought sold spent found felt " +
    "met led sent built wrote broke spoke chose drove flew threw drew shot fought caught sought " +
    "january february march april may june july august september october november december " +
    "monday tuesday wednesday thursday friday saturday sunday worldwide nationwide overall abroad annually apiece altogether"
  ).split(" "),
);

/** Adjectives ending in -ly: "daily commuters", "quarterly profit". */
export const LY_ADJECTIVES = new Set(
  "daily weekly monthly yearly quarterly hourly nightly elderly early deadly costly lonely orderly disorderly friendly".split(
    " ",
  ),
);

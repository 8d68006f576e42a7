// Word lists for telling names, titles and pronouns apart. Lower-case, without trailing periods.

/** Titles and honorifics that may precede a name ("French President Emmanuel Macron", "Sen. Ted Cruz"). */
export const TITLE_WORDS = new Set(
  (
    "mr mrs ms miss mx dr sen senator sens rep reps representative gov governor president presidents vice prime minister ministers secretary " +
    "attorney general gen lt col prof professor rev reverend judge justice chief mayor speaker leader majority minority ambassador amb " +
    "chairman chairwoman chair ceo cfo director commissioner sheriff deputy assistant press adviser advisor spokesman spokeswoman spokesperson " +
    "candidate nominee pope king queen prince princess sir dame lord lady chancellor former congressman congresswoman councilman councilwoman " +
    "lawmaker host anchor coach captain capt sgt adm maj pres det insp supt mme president-elect cardinal bishop rabbi imam sheikh officer " +
    "top senior founder chief executive analyst economist strategist correspondent reporter editor columnist commentator pastor father sister brother " +
    "delegate superintendent treasurer comptroller auditor manager trustee premier"
  ).split(" "),
);

/**
 * Jobs and roles written before a name like a title ("Goalkeeper Tomas Havel", "Nurse Ada Obi"), besides
 * {@link TITLE_WORDS}; words that are also common surnames (baker, driver, farmer) are left out.
 */
export const ROLE_NOUNS = new Set(
  (
    "goalkeeper keeper striker defender midfielder winger fullback quarterback pitcher batsman bowler skipper referee umpire " +
    "jockey cyclist sprinter swimmer boxer trainer boss teacher headteacher headmaster principal nurse doctor surgeon physician " +
    "paramedic firefighter engineer inspector detective constable sergeant lieutenant commander admiral colonel councillor " +
    "councilor chairperson lawyer prosecutor solicitor barrister scientist researcher historian author novelist poet singer " +
    "actor actress producer owner investor trader banker accountant consultant activist campaigner organiser organizer " +
    "shopkeeper architect curator priest vicar archbishop warden ranger midwife pharmacist dentist economist chef"
  ).split(" "),
);

/** Capitalized words that start sentences or clauses but never names. */
export const NON_NAME_WORDS = new Set(
  (
    "the a an but and or so then when while if in on at as after before asked speaking meanwhile however still yet also now this that these those " +
    "it he she they we i his her their our my your its even for from with without of to by since until though although because why what who " +
    "whom how where yes no some many most all both each every last next later earlier there here once instead indeed today tonight yesterday " +
    "tomorrow thus hence overall like unlike according during despite among under over about against between through upon via not never only " +
    "just perhaps maybe well oh ok okay sure please thank thanks dear hey mostly first second finally again already another one two three likewise several editorial " +
    "otherwise similarly moreover furthermore additionally nevertheless nonetheless regardless ironically notably separately " +
    "previously afterward afterwards four five six seven eight nine ten outside inside nearby"
  ).split(" "),
);

/** Words that mark a capitalized sequence as an organization, place or thing rather than a person. */
export const ORG_WORDS = new Set(
  (
    "news post times house party committee department court university institute center centre association network company inc corp " +
    "street journal office agency council administration campaign state states america american foundation group bank fund senate congress " +
    "republicans democrats americans yorkers union ministry press magazine county city church club school college media service police army force guard " +
    "security project act law bill day hall square avenue road airport hotel tower plaza county republic kingdom nations federal national " +
    "international television radio tv cnn msnbc fox abc nbc cbs npr bbc reuters afp ap breitbart twitter facebook google report review " +
    "weekly daily tribune herald gazette globe review caucus coalition alliance board commission bureau convention debate primary summit " +
    "airlines motors studios records entertainment productions pictures unit authority island islands river mountain lake ocean sea"
  ).split(" "),
);

/** Personal pronouns that can name a speaker. */
export const PRONOUNS = new Set(["he", "she", "they", "i", "we", "it", "who"]);

/** Common female first names, to keep "she" from resolving to a man and "he" to a woman. */
export const FEMALE_FIRST = new Set(
  (
    "hillary nancy elizabeth sarah carly loretta michelle melania ivanka chelsea kellyanne hope huma donna debbie jill nikki condoleezza " +
    "madeleine susan susana maria mary patricia jennifer linda barbara margaret lisa karen betty helen sandra ashley kimberly emily " +
    "michelle dorothy carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy shirley angela anna ruth brenda " +
    "pamela nicole katherine catherine virginia christine samantha janet rachel carolyn emma heather diane julie joyce victoria kelly " +
    "christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann jean alice kathryn gloria teresa doris " +
    "sara janice julia marie madison grace judy theresa beverly denise marilyn amber danielle abigail brittany rose diana natalie sophia " +
    "alexis lori kayla jane angela marine ursula kamala tulsi elise marsha kirsten claire tammy dianne " +
    "maxine sheila rosa ilhan alexandria jeanne kristen katie kate meghan megyn mika gretchen rachel dana erin norah sonia elena"
  ).split(" "),
);

/** Common male first names, to keep "she" from resolving to a man. */
export const MALE_FIRST = new Set(
  (
    "donald barack bernie bernard ted marco jeb ben john chris mike michael paul rand bill joe joseph george james robert william david " +
    "richard charles thomas daniel matthew mark steven steve andrew kenneth kevin brian timothy ronald jason jeffrey ryan jacob gary " +
    "eric jonathan stephen larry justin scott brandon frank gregory raymond samuel patrick jack dennis jerry tyler aaron jose henry " +
    "adam douglas nathan peter zachary kyle walter harold carl jeremy keith roger gerald ethan arthur terry christian sean lawrence " +
    "austin albert willie alan juan wayne ralph roy eugene louis philip bobby emmanuel vladimir boris newt rudy rudolph " +
    "mitch harry tim corey reince jared mitt lyndon franklin hugh ray vince sergei francois nicolas xi benjamin recep"
  ).split(" "),
);

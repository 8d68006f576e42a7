/** Words that start a predicate right after a name: "Moyes will", "Softbank has", "BP announced". */
export const VERB_START =
  /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|to|says|said|told|won|hit|made|took|set|beat|lost|led|left|sold|bought|saw|came|went|gave|got|held|kept|put|ran|rose|fell|grew|paid|met|struck|thought|found|brought|spent|began|became|broke|chose|drew|drove|knew|spoke|stood|shot|swept|threw|wrote|wants|hopes|believes|admits|insists|claims|denies|warns|plans|faces|backs|urges|expects|aims|agrees|fears|[a-z]{3,}ed)$/;

/** Words that show the subject is more than a described name: "Talks on Russia's membership". */
export const FUNCTION_WORD =
  /^(?:of|on|in|for|to|at|with|by|from|about|and|or|but|that|which|who|the|a|an|this|these|those|its|his|her|their)$/;

/** Last words of an organisation's name: keep the whole name, not its last word. */
export const ORG_WORD =
  /^(?:United|City|Town|Rovers|Athletic|County|Bank|Group|Inc|Corp|Ltd|plc|Party|Council|Office|Airlines|Airways|Motors|Exchange|Association|Union|Commission|Committee|Board|Agency|Department|Ministry|Service|Services|Court|Fund|Organisation|Organization|Society|Foundation|Institute|University|College|Trust|Club|Company|Industries|Communications|Systems|Records|Pictures|Studios|Awards|Festival|Games|Cup|League|Open|Championship|Championships|Nations|Kingdom|States|Republic|Africa|America|Europe|Asia|Street)$/;

/** Last words of place and event names, which are not surnames: "Little Britain", "New Year", "Real Madrid". */
export const PLACE_WORD =
  /^(?:Year|Years|Day|Britain|Ireland|England|Scotland|Wales|York|Zealand|Jersey|Orleans|Delhi|Korea|Madrid|Students|Week|Park|Road|Square|Hall|Centre|Center|Island|Islands|River|Valley|Coast|East|West|North|South)$/;

/** Ranks and titles written before a name. */
export const RANK =
  /^(?:Chancellor|President|Prime|Minister|Secretary|Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Miss|Prof|Professor|Boss|Coach|Manager|Captain|Skipper|Chief|Leader|Senator|Governor|Mayor|Judge|General|King|Queen|Prince|Princess|Pope|Archbishop|Bishop|Rev|Reverend|Detective|Inspector|Sergeant|Officer|Chairman|Chairwoman|Director|Executive|Home|Foreign|Culture|Health|Education|Defence|Transport|Shadow|Deputy|Former|Ex|Striker|Midfielder|Defender|Goalkeeper|Winger)$/;

/** A past participle after a form of "be": the verb of a passive. */
export const PARTICIPLE =
  /^(?:[a-z]{2,}(?:ed|en)|said|thought|understood|made|sold|held|hit|set|cut|put|led|left|paid|lost|kept|found|brought|bought|built|caught|told|sent|shot|struck|won|beaten|taken|given|seen|known|shown|thrown|drawn|chosen|spent|sought|taught|fought|run|shut|quit|hurt|hidden|stolen|withdrawn|overtaken)$/;

/** Nationalities, which describe the name after them. */
export const NATIONALITY =
  /^(?:Asian|African|American|European|British|French|German|Chinese|Japanese|Indian|Russian|Italian|Spanish|Irish|Scottish|Welsh|English|Australian|Canadian|Mexican|Brazilian|Israeli|Iranian|Iraqi|Afghan|Pakistani|Korean|Turkish|Greek|Dutch|Swiss|Swedish|Polish|Arab|Palestinian|Ukrainian|Nigerian)$/;

/** Adjectives by their endings, and common short ones: the modifiers a headline can lose. */
export const ADJECTIVE =
  /^(?!(?:[a-z]+ment|[a-z]+ments|deal|final|approval|proposal|trial|rival|capital|festival|hospital|animal|signal|official|individual|criminal|musical|arrival|survival|refusal|removal|renewal|disposal|referral|music|public|topic|republic|traffic|clinic|executive|motive|archive|detective|executive|politician|musician|comedian|guardian|interest|protest|contest|request|test|quest|forest|arrest|harvest|conquest|manifest|cheese|concern|pattern|parent|agent|percent|president|student|event|talent|patient|client|resident|incident|accident|component|opponent|continent|content|consent|rent|segment|account|restaurant|giant|merchant|tenant|servant|assistant|consultant|participant|applicant|defendant|immigrant|migrant|plant|grant|secretary|library|salary|anniversary|summary|boundary|dictionary|documentary|commentary|glossary|itinerary|ministry|century|category|economy|industry|history|victory|treasury|memory|country|injury|inquiry|delivery|discovery|recovery)$)(?:[a-z]{3,}(?:al|ic|ive|ous|ful|less|able|ible|ant|ent|ary|ish|est|ern|ese|ian)|new|big|old|high|low|major|huge|large|small|great|good|bad|strong|weak|long|short|full|young|early|late|former|latest|further|fresh|tough|wide|heavy|sharp|hard|rare|top)$/;

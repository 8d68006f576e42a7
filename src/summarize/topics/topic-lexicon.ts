// Hand-written from general knowledge of news sections: no lists or weights were computed from any corpus.
// Terms are separated by "|"; a term of several words is a phrase; a term written in capitals ("AI", "US")
// matches only in capitals; plurals and possessives of single words match too ("goal" → "goals", "club's").
// A list may be split over lines.

import type { ContextCue } from "./context-cues.js";

/** A built-in news section: its id, the name shown to users, and its weighted terms (3 strong, 2 clear, 1 weak). */
export interface SectionLexicon {
  id: string;
  name: string;
  terms: { 3: string; 2: string; 1: string };
  /** Words that count 2, but only 0.5 when the story is in the `cue` context (see context-cues.ts). */
  yields?: { cue: ContextCue["id"]; terms: string };
}

/** The built-in sections newsbrief classifies articles into, in menu order. */
export const SECTIONS: readonly SectionLexicon[] = [
  {
    id: "world",
    name: "World",
    terms: {
      3: "UN security council|united nations|nato|refugees|asylum seekers|humanitarian|ceasefire|peace talks|civil war|insurgents|insurgency|militants|rebels|coup|junta|genocide|war crimes|troops|airstrike|airstrikes|foreign minister|foreign ministers|embassy|diplomats|sanctions|kremlin|hamas|hezbollah|taliban|al-qaeda|islamic state|ISIS|gaza|west bank|kabul|baghdad|tehran|pyongyang|kyiv|kiev",
      2: "war|invasion|military|army|soldiers|bombing|suicide bomber|hostages|kidnapped|massacre|border|protesters|demonstrators|president putin|dictator|regime|opposition leader|prime minister of|african union|middle east|iraq|iran|afghanistan|syria|israel|israeli|palestinian|palestinians|lebanon|yemen|sudan|somalia|ethiopia|congo|nigeria|ukraine|ukrainian|russia|russian|north korea|myanmar|burma|venezuela|earthquake|tsunami|famine|cyclone|hurricane|floods|attack|attacks|claimed responsibility|intelligence|security forces|security agencies|terror|terrorist|terrorists|terrorism",
      1: "president|foreign|international|abroad|overseas|region|capital|country's|government forces|killed|crisis|aid|treaty|summit|minister",
    },
  },
  {
    id: "politics",
    name: "Politics",
    terms: {
      3: "labour party|conservative party|conservatives|tory|tories|lib dem|lib dems|liberal democrats|liberal democrat|snp|plaid cymru|ukip|democrats|republicans|republican party|democratic party|gop|MP|MPs|MEP|MEPs|member of parliament|house of commons|commons|house of lords|shadow chancellor|shadow home secretary|shadow foreign secretary|home secretary|foreign secretary|chancellor gordon brown|downing street|number 10|whitehall|westminster|prime minister tony blair|tony blair|blair|gordon brown|michael howard|charles kennedy|david blunkett|jack straw|john prescott|alan milburn|charles clarke|ruth kelly|oliver letwin|liam fox|general election|election campaign|manifesto|by-election|polling day|opinion poll|ballot|senate|senator|senators|congressman|congresswoman|congress|white house|capitol hill|impeachment|parliament|parliamentary|bundestag|legislature|lawmakers|legislation|government|chancellor|minister|ministers",
      2: "election|elections|electoral|voters|vote|votes|voting|campaign|campaigning|candidate|candidates|constituency|constituencies|seat|seats|majority|party|parties|leader|leadership|opposition|politics|political|politician|politicians|policy|policies|referendum|spin|reform|law|laws|lords|peer|backbench|backbenchers|rebellion|whip|committee|inquiry|watchdog|home office|cabinet office|civil servants|civil service|ID cards|identity cards|asylum|immigration|council tax|public services|terror laws|hunting ban|hunting|mayor|governor|democracy|coalition|secretary of state|ministry|spokesman|spokeswoman|prime minister|premier|president bush|george bush|bush|kerry|clinton|obama|trump|biden|bill|peers|cabinet",
      1: "plans|plan|proposals|public|state|britain's|uk|nation|national|tax|taxes|spending|schools|police|crime|court|rights",
    },
  },
  {
    id: "business",
    name: "Business",
    terms: {
      3: "shares|share price|shareholders|shareholder|stock market|stock exchange|stocks|dow jones|nasdaq|ftse|nikkei|wall street|investors|profit|profits|pre-tax|annual profits|quarterly|earnings|revenue|revenues|turnover|economy|economic|economies|economist|economists|gdp|gross domestic product|inflation|interest rates|interest rate|central bank|federal reserve|bank of england|european central bank|imf|world bank|wto|trade deficit|budget deficit|deficit|recession|growth|chief executive|ceo|takeover|merger|acquisition|bankruptcy|bankrupt|creditors|debt|debts|bonds|dollar|euro|yen|sterling|currency|currencies|oil prices|oil price|crude|opec|barrel|barrels|retail|retailer|retailers|consumer spending|exports|imports|unemployment|jobless|workforce|manufacturing|manufacturers|mortgage|mortgages|housing market|house prices|airline|airlines|carmaker|insurer|insurers|bank|banks|banking|corporate|businesses|industries|trading|traders|analysts|forecast|forecasts|yukos|gazprom|rosneft|enron|worldcom|parmalat|fiat|general motors|ford|toyota|volkswagen|boeing|airbus|british airways|walmart|wal-mart|tesco|sainsbury|marks & spencer|shell|bp|exxon|glaxosmithkline|pfizer|nestle|unilever|hsbc|barclays|lloyds|citigroup|goldman sachs|morgan stanley|jp morgan|profit warning|losses|pre-tax profits|operating profit|net profit|net income|market share|sales growth",
      2: "per cent|percent|percentage|quarter|year-on-year|customers|consumers|consumer|demand|supply|output|production|factory|factories|steel|energy|oil|gas|trading|tariffs|subsidies|investment|investments|invest|investor|loan|loans|lending|borrowing|credit|fiscal|accounting|auditors|regulator|regulators|competition|monopoly|stake|brand|brands|stores|store|shop|shops|shopping|chain|supermarket|supermarkets|executives|boss|bosses|property|construction|exporter|importer|telecoms|pharmaceutical|drugs firm|insurance|brokers|broker|hedge fund|private equity|ipo|listing|listed|float|bid|market|markets|firm|firms|company|companies|business|jobs|sales|industry|chairman|loss",
      1: "rate|rates|level|levels|record|global|world's|biggest|largest|price|prices|costs|cost|rise|rose|fell|fall|falls|cut|cuts|deal|deals|billion|million|cash|money|fund|funds|figures|data|staff|workers|strike|union|unions|executive|board|services|goods|tax|taxes|budget|trade|finance|financial|m|bn|annual|employees|wages|salary|salaries|bonus|bonuses|fraud|pension|pensions",
    },
  },
  {
    id: "tech",
    name: "Technology",
    terms: {
      3: "technology|technologies|hi-tech|high-tech|tech|computer|computers|computing|software|hardware|internet|online|web|website|websites|web site|web sites|net users|broadband|wi-fi|wifi|wireless|bluetooth|mobile phone|mobile phones|mobiles|smartphone|smartphones|handset|handsets|3G|4G|5G|gadget|gadgets|laptop|laptops|PC|PCs|desktop|microsoft|linux|open source|apple|ipod|iphone|ipad|itunes|google|yahoo|amazon|ebay|facebook|twitter|youtube|tiktok|instagram|whatsapp|netflix|spotify|intel|amd|nvidia|ibm|sony|nintendo|playstation|xbox|sega|game console|consoles|video games|video game|gamers|gaming|games industry|worm|spam|spammers|phishing|hackers|hacker|hacking|cyber|cyber-security|cybersecurity|malware|spyware|firewall|encryption|file-sharing|file sharing|peer-to-peer|p2p|download|downloads|downloading|blog|blogs|bloggers|blogging|podcast|podcasts|search engine|browser|browsers|firefox|internet explorer|email|e-mail|e-mails|emails|chip|chips|processor|processors|semiconductor|silicon valley|robot|robots|robotics|artificial intelligence|machine learning|AI|chatbot|algorithm|algorithms|data centre|cloud computing|app|apps|operating system|voip|net phone|dvd recorder|hard drive|megabits|gigabytes|computer virus|computer viruses|anti-virus|high-definition|copy protection|copy-protection|drm|digital rights management|mp3 player|mp3 players|media player|media players|music player|psp|nintendo ds|gameboy|game boy|console|games console|developer|multiplayer|developers",
      2: "electronics|consumer electronics|engineers|research|researchers|innovation|patent|patents|network|networks|networking|telecoms|telecommunications|cable|satellite|digital tv|tv|television|tivo|camera|cameras|music players|mp3|players|format|formats|programme|system|systems|service|services|content|data|information|security|privacy|identity theft|startup|start-up|code|programmers|virtual|3d|sites|site|net|mobile|phone|phones|calls|text messages|texting|sms|ofcom|isp|isps|bt|vodafone|o2|orange|t-mobile|nokia|motorola|samsung|siemens|ericsson|hp|hewlett-packard|dell|oracle|sap|cisco|aol|skype|users|user|digital|device|devices|mac|windows|virus|viruses|hd|dvd|game|games|interactive|portable",
      1: "launch|launched|version|designed|design|firms|company|market|memory|screen|screens|video",
    },
  },
  {
    id: "science",
    name: "Science",
    terms: {
      3: "scientists|scientist|scientific|physics|physicist|chemistry|biology|biologist|astronomers|astronomy|nasa|esa|space agency|spacecraft|space station|telescope|planet|planets|mars|moon|asteroid|comet|galaxy|galaxies|universe|dinosaur|dinosaurs|fossil|fossils|species|evolution|genome|dna|genes|gene|genetic|climate change|global warming|greenhouse gases|carbon emissions|emissions|ecology|biodiversity|experiment|experiments|laboratory|journal nature|journal science",
      2: "research|researchers|study|studies|discovery|discovered|space|orbit|satellite|rocket|launch|earth|ocean|oceans|arctic|antarctic|ice|climate|environment|environmental|wildlife|animals|plants|energy|nuclear|particle|atoms|molecules|cells|data",
      1: "university|professor|findings|found|evidence|theory|model",
    },
  },
  {
    id: "health",
    name: "Health",
    terms: {
      3: "nhs|hospital|hospitals|patients|patient|doctors|doctor|nurses|gp|gps|surgery|surgeon|surgeons|disease|diseases|cancer|tumour|diabetes|obesity|heart disease|stroke|dementia|alzheimer's|hiv|aids|malaria|tuberculosis|flu|influenza|bird flu|pandemic|epidemic|outbreak|vaccine|vaccines|vaccination|covid|covid-19|coronavirus|ebola|measles|infection|infections|antibiotics|drug|drugs|medicine|medicines|medical|clinical trial|treatment|treatments|therapy|mental health|depression|health service|public health|world health organization|who|symptoms|diagnosis|diagnosed",
      2: "health|healthy|care|clinic|clinics|ward|wards|ambulance|illness|ill|sick|pain|blood|heart|brain|babies|pregnancy|pregnant|smoking|alcohol|diet|exercise|fitness|nutrition|doses|dose|prescription|pharmacy|pharmaceutical|virus",
      1: "study|research|risk|risks|people|children|women|men",
    },
  },
  {
    id: "sport",
    name: "Sport",
    terms: {
      3: "football|soccer|rugby|tennis|cricket|golf|athletics|boxing|cycling|swimming|formula one|f1|grand prix|motor racing|horse racing|snooker|darts|basketball|baseball|nfl|nba|nhl|mlb|hockey|ice hockey|olympics|olympic|paralympic|world cup|euro 2004|euro 2024|premiership|premier league|champions league|uefa|uefa cup|fifa|fa cup|carling cup|league cup|six nations|heineken cup|tri-nations|super league|test match|test series|ashes|wimbledon|us open|french open|australian open|davis cup|ryder cup|tour de france|marathon|sprinter|sprinters|sprint|hurdles|long jump|high jump|triple jump|pole vault|relay|striker|strikers|midfielder|midfielders|defender|defenders|goalkeeper|keeper|winger|full-back|fly-half|scrum-half|flanker|number eight|batsman|bowler|wicket|wickets|innings|captain|skipper|coach|referee|penalty|penalties|goal|goals|scored|scorer|hat-trick|tries|touchdown|match|matches|fixture|fixtures|semi-final|semi-finals|quarter-final|quarter-finals|final|league|cup|champion|champions|championship|championships|medal|medals|gold medal|silver medal|bronze medal|seed|seeded|top seed|tie-break|grand slam|tournament|player|players|team|teams|squad|season|transfer|transfers|transfer window|signing|injury|injured|hamstring|ankle|knee|arsenal|chelsea|manchester united|man utd|man united|manchester city|liverpool|everton|newcastle|tottenham|spurs|aston villa|west ham|middlesbrough|southampton|fulham|charlton|bolton|blackburn|birmingham city|portsmouth|crystal palace|norwich|leeds|celtic|rangers|hearts|hibernian|aberdeen|real madrid|barcelona|ac milan|inter milan|juventus|bayern munich|porto|ajax|psv|wenger|mourinho|ferguson|benitez|eriksson|henman|federer|roddick|hewitt|nadal|agassi|serena|venus williams|sharapova|henin|clijsters|mauresmo|davenport|kelly holmes|paula radcliffe|wilkinson|jonny wilkinson|robinson|sir clive woodward|woodward|all blacks|wallabies|springboks",
      2: "win|wins|won|winning|winner|winners|victory|defeat|defeated|beat|beaten|lose|lost|loses|draw|drew|drawn|points|point|score|scores|minute|minutes|half|second half|first half|stadium|crowd|fans|supporters|pitch|ball|kick|kicked|shot|shots|race|races|racing|runner|runners|world record|personal best|indoor|outdoor|finals|round|rounds|qualifier|qualifying|qualify|knockout|clash|rivals|opponent|opponents|leg|away|home|fitness|training|trained|debut|caps|cap|international|internationals|contract|sign|signed|loan|veteran|form|retire|retired|retirement|sport|sports|sporting|athlete|athletes|olympic champion|world champion|doping|drugs test|banned|suspension|fa|rfu|iaaf|ioc|wada|ecb|icc|side|title|lions|club|clubs",
      1: "game|games|play|played|playing|plays|return|set|sets|boss|court|open|record|career|manager",
    },
  },
  {
    id: "entertainment",
    name: "Entertainment",
    terms: {
      3: "film|films|movie|movies|cinema|cinemas|box office|hollywood|bollywood|oscar|oscars|academy awards|academy award|golden globe|golden globes|bafta|baftas|emmy|emmys|grammy|grammys|brit awards|brits|mtv|film festival|cannes|sundance|berlin film festival|actor|actors|actress|actresses|starring|starred|celebrity|celebrities|singer|singers|songwriter|band|bands|album|albums|singles|chart|charts|number one|top 10|top 40|song|songs|music|musical|musician|musicians|rock|pop|rap|rapper|hip-hop|hip hop|jazz|blues|classical|orchestra|opera|concert|concerts|gig|gigs|record label|label|lyrics|theatre|theatres|west end|broadway|playwright|comedy|comedian|comedians|sitcom|dramas|soap|soap opera|episode|episodes|tv show|tv series|reality tv|reality show|big brother|x factor|pop idol|eastenders|coronation street|doctor who|bbc one|bbc two|itv|channel 4|channel 5|sky one|hbo|disney|pixar|dreamworks|warner bros|paramount|universal pictures|sony pictures|animated|animation|documentary|premiere|screenplay|box-office|novel|novels|novelist|author|authors|booker prize|poet|poetry|artist|artists|gallery|exhibition|museum|painting|paintings|dance|ballet|fashion|catwalk|u2|madonna|elton john|robbie williams|kylie|beyonce|eminem|coldplay|oasis|rolling stones|beatles|paul mccartney|elvis|michael jackson|spielberg|scorsese|tom cruise|brad pitt|johnny depp|nicole kidman|leonardo dicaprio|harry potter|lord of the rings|star wars|james bond|bond film|film director|film-maker|film-makers|filmmaker",
      2: "award|awards|nominated|nomination|nominations|ceremony|prize|prizes|winner|best picture|best actor|best actress|best film|best director|role|roles|cast|character|characters|audience|audiences|viewers|ratings|show|shows|programme|programmes|channel|channels|broadcast|broadcaster|bbc|tv|television|radio|dj|presenter|host|hosted|fame|famous|fans|performance|performed|performing|perform|entertainment|showbiz|celebrated|legend|legendary|sales|studio|studios|producer|producers|script|writer|writers|creative|culture|cultural|arts|hit|hits|tickets|sold-out|venue|single|star|stars|series|tour|stage|art|book|books|director|directors|festival|drama|sequel",
      1: "story|stories|british|american|hollywood|london|york|los angeles|play|plays|dvd|record|records|released|release|copies|video",
    },
  },
];

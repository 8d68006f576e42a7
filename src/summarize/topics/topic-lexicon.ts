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
  /** Generic words that count 1, and only 0.5 when the story is in one of the `cues` contexts (see context-cues.ts). */
  yields?: { cues: readonly ContextCue["id"][]; terms: string };
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
      3: `labour party|conservative party|conservatives|tory|tories|lib dem|lib dems|liberal democrats|
        liberal democrat|snp|plaid cymru|ukip|democrats|republicans|republican party|democratic party|gop|MP|MPs|MEP|
        MEPs|member of parliament|house of commons|commons|house of lords|shadow chancellor|shadow home secretary|
        shadow foreign secretary|home secretary|foreign secretary|chancellor gordon brown|downing street|number 10|
        whitehall|westminster|prime minister tony blair|tony blair|blair|gordon brown|michael howard|charles kennedy|
        david blunkett|jack straw|john prescott|alan milburn|charles clarke|ruth kelly|oliver letwin|liam fox|
        general election|election campaign|manifesto|by-election|polling day|opinion poll|ballot|senate|senator|
        senators|congressman|congresswoman|congress|white house|capitol hill|impeachment|parliament|parliamentary|
        bundestag|legislature|lawmakers|legislation|party conference|party conferences|party leader|party leaders|
        labour leader|tory leader|conservative leader|lib dem leader|frontbench|frontbencher|frontbenchers|
        backbencher|shadow cabinet|shadow minister|shadow ministers|cabinet minister|cabinet ministers|
        junior minister|commons speaker|prime minister's questions|pmqs|queen's speech|king's speech|white paper|
        green paper|second reading|third reading|free vote|royal assent|select committee|public accounts committee|
        scottish parliament|welsh assembly|holyrood|stormont|first minister|msp|msps|new labour|Labour|Labour's|
        ruling party|opposition parties|opposition party|coalition government|pollsters|constituents|electorate|
        electoral commission|postal votes|postal voting|postal ballot|ballot papers|re-election|re-elected|
        campaign trail|swing voters|marginal seat|marginal seats|health secretary|education secretary|
        culture secretary|defence secretary|transport secretary|environment secretary|trade secretary|
        work and pensions secretary|chief secretary to the treasury|deputy prime minister|attorney general|
        lord chancellor|chief whip|david cameron|theresa may|boris johnson|rishi sunak|keir starmer|jeremy corbyn|
        ed miliband|nick clegg|john major|margaret thatcher|thatcher|neil kinnock|iain duncan smith|william hague|
        peter mandelson|mandelson|robin cook|clare short|patricia hewitt|alan johnson|tessa jowell|geoff hoon|
        david miliband|hilary benn|john reid|peter hain|alistair darling|paul boateng|margaret beckett|kilroy-silk|
        veritas|respect party|green party|british national party|BNP|SNP|house of representatives|
        speaker of the house|senate majority leader|filibuster|congressional|midterm|midterms|primaries|
        presidential candidate|running mate|electoral college|governor's race|state legislature|european parliament|
        mep|european commissioner|duma|knesset|dail|taoiseach|national assembly|chancellor schroeder|
        president chirac|political party|political parties|politically|mps'|lawmaker|legislator|legislators|statute|
        devolution|home rule|constitution|constitutional|civil liberties|house arrest|control orders|
        anti-terror laws|terror bill|id card|identity card scheme|asylum seekers|immigration policy|cash for honours|
        party funding|donors|donations to parties|spin doctor|spin doctors|hustings|canvassing|leaflets|
        tactical voting|turnout|hung parliament|landslide|third term|fourth term|leadership contest|
        leadership election|reshuffle|resignation|resign|resigned|no confidence|confidence vote|u-turn|
        opposition leader|tory party|conservative party's`,
      2: `election|elections|electoral|voters|vote|votes|voting|campaign|campaigning|candidate|candidates|constituency|
        constituencies|seat|seats|majority|party|parties|leader|leadership|opposition|politics|political|politician|
        politicians|policy|policies|referendum|spin|reform|law|laws|lords|peer|backbench|backbenchers|rebellion|whip|
        committee|inquiry|watchdog|home office|cabinet office|civil servants|civil service|ID cards|identity cards|
        asylum|immigration|council tax|public services|terror laws|hunting ban|hunting|mayor|governor|democracy|
        coalition|spokesman|spokeswoman|president bush|george bush|bush|kerry|clinton|obama|trump|biden|bill|peers|
        cabinet|mp's|speaker|politician's|campaigners|pressure group|lobby|lobbying|think tank|councils|council|
        local authorities|local government|ombudsman|commissioner|public sector|taxpayers|taxpayer|tax cuts|
        tax rises|public spending|welfare|benefits|pensioners|state pension|education|university|universities|
        tuition fees|top-up fees|nhs|hospitals|lord|baroness|pledge|pledged|pledges|promise|promised|promises|
        republican|democrat|congressmen|governors|statesman|electioneering|canvass`,
      1: `plans|plan|proposals|public|britain's|uk|nation|national|tax|taxes|spending|schools|police|crime|court|
        rights|justice|courts|judges|prisons|human rights|freedom|civil|criticised|attacked|accused|urged|warned|
        insisted|vowed|clash|row|report|debate|debated`,
    },
    yields: {
      cues: ["economy", "foreign"],
      terms: `government|governments|minister|ministers|ministry|ministries|chancellor|prime minister|premier|
        president|presidential|administration|authorities|officials|secretary of state|state|regime`,
    },
  },
  {
    id: "business",
    name: "Business",
    terms: {
      3: `shares|share price|shareholders|shareholder|stock market|stock exchange|stocks|dow jones|nasdaq|ftse|nikkei|
        wall street|investors|profit|profits|pre-tax|annual profits|quarterly|earnings|revenue|revenues|turnover|
        economy|economic|economies|economist|economists|gdp|gross domestic product|inflation|interest rates|
        interest rate|central bank|federal reserve|bank of england|european central bank|imf|world bank|wto|
        trade deficit|budget deficit|deficit|recession|growth|chief executive|ceo|takeover|merger|acquisition|
        bankruptcy|bankrupt|creditors|debt|debts|bonds|dollar|euro|yen|sterling|currency|currencies|oil prices|
        oil price|crude|opec|barrel|barrels|retail|retailer|retailers|consumer spending|exports|imports|unemployment|
        jobless|workforce|manufacturing|manufacturers|mortgage|mortgages|housing market|house prices|airline|
        airlines|carmaker|insurer|insurers|bank|banks|banking|corporate|businesses|industries|trading|traders|
        analysts|forecast|forecasts|yukos|gazprom|rosneft|enron|worldcom|parmalat|fiat|general motors|ford|toyota|
        volkswagen|boeing|airbus|british airways|walmart|wal-mart|tesco|sainsbury|marks & spencer|shell|bp|exxon|
        glaxosmithkline|pfizer|nestle|unilever|hsbc|barclays|lloyds|citigroup|goldman sachs|morgan stanley|jp morgan|
        profit warning|losses|pre-tax profits|operating profit|net profit|net income|market share|sales growth|
        chief financial officer|finance director|chief operating officer|annual report|annual results|
        full-year results|half-year results|interim results|trading statement|dividend|dividends|share buyback|
        market value|market capitalisation|stock|equity|equities|securities|pension fund|fund manager|fund managers|
        asset management|venture capital|hedge funds|commodities|commodity|gold price|copper price|futures|
        brent crude|trade surplus|current account|consumer confidence|business confidence|retail sales|
        mortgage lending|jobless claims|payrolls|non-farm payrolls|manufacturing output|industrial output|
        industrial production|budget surplus|public finances|public borrowing|treasury bonds|gilts|bond yields|
        bailout|restructuring|job cuts|layoffs|lay-offs|redundancies|outsourcing|offshoring|privatisation|
        privatization|nationalisation|nationalization|state-owned|antitrust|competition commission|
        office of fair trading|competition watchdog|securities and exchange commission|SEC|
        financial services authority|FSA|insider trading|accounting scandal|takeover bid|hostile bid|rival bid|
        buyout|conglomerate|multinational|subsidiary|subsidiaries|joint venture|wholesale|tycoon|billionaire|
        entrepreneur|entrepreneurs|labour market|labour costs|wage growth|minimum wage|exchange rate|exchange rates|
        devaluation|economic growth|growth rate|growth forecast|economic reform|economic reforms|foreign investment|
        foreign investors|foreign direct investment|capital flight|stock markets|share prices|profit margin|
        profit margins|sales figures|like-for-like sales|market leader|price war|price rises|price cuts|
        raw materials|supply chain|royal bank of scotland|RBS|hbos|halifax|abbey national|northern rock|
        standard chartered|deutsche bank|UBS|credit suisse|bnp paribas|societe generale|axa|allianz|aviva|prudential|
        merrill lynch|lehman brothers|bear stearns|AIG|fannie mae|freddie mac|berkshire hathaway|warren buffett|
        ryanair|easyjet|virgin atlantic|lufthansa|air france|klm|united airlines|american airlines|delta air lines|
        nissan|honda|renault|peugeot|bmw|daimlerchrysler|daimler|chrysler|mg rover|land rover|philips|coca-cola|
        pepsi|pepsico|mcdonald's|starbucks|kraft|cadbury|diageo|heinz|procter & gamble|marks and spencer|M&S|asda|
        morrisons|safeway|woolworths|dixons|kingfisher|primark|ikea|carrefour|ahold|costco|home depot|sears|kmart|
        nike|adidas|reebok|levi's|lvmh|burberry|rolls-royce|bae systems|lockheed martin|halliburton|chevron|texaco|
        conocophillips|totalfinaelf|statoil|lukoil|sibneft|petrobras|pemex|aramco|de beers|anglo american|rio tinto|
        bhp billiton|xstrata|glencore|arcelor|mittal|corus|tata|infosys|wipro|hyundai|toshiba|hitachi|matsushita|
        mitsubishi|mitsui|softbank|citibank|bank of america|wells fargo|jpmorgan|american express|mastercard|
        standard & poor's|moody's|nyse|new york stock exchange|london stock exchange|euronext|deutsche boerse|dax|
        cac 40|hang seng|s&p 500|ftse 100|dow jones industrial`,
      2: `per cent|percent|percentage|quarter|year-on-year|customers|consumers|consumer|demand|supply|output|
        production|factory|factories|steel|energy|oil|gas|tariffs|subsidies|investment|investments|invest|investor|
        loan|loans|lending|borrowing|credit|fiscal|accounting|auditors|regulator|regulators|competition|monopoly|
        stake|brand|brands|stores|store|shop|shops|shopping|chain|supermarket|supermarkets|executives|boss|bosses|
        property|construction|exporter|importer|telecoms|pharmaceutical|drugs firm|insurance|brokers|broker|
        hedge fund|private equity|ipo|listing|listed|float|bid|market|markets|firm|firms|company|companies|business|
        jobs|sales|industry|chairman|loss|corporation tax|order book|plant|plants|shipping|freight|plc|Inc|Corp|Ltd|
        GmbH|holdings|shareholder value|profitability|profitable|unprofitable|loss-making`,
      1: `rate|rates|level|levels|record|global|world's|biggest|largest|price|prices|costs|cost|rise|rose|fell|fall|
        falls|cut|cuts|deal|deals|billion|million|cash|money|fund|funds|figures|data|staff|workers|strike|union|
        unions|executive|board|services|goods|tax|taxes|budget|trade|finance|financial|m|bn|annual|employees|wages|
        salary|salaries|bonus|bonuses|fraud|pension|pensions|employers|employer|pay|vat|duty|treasury|spending|
        negotiations|contract|contracts|project|projects|job|sector|sectors|farm|farms|farmers|agriculture|land|
        tourism|tourists|transport|rail|railway|airports|ports|infrastructure|electricity|utilities|water|mining|
        miners|shoppers|orders`,
    },
  },
  {
    id: "tech",
    name: "Technology",
    terms: {
      3: `technology|technologies|hi-tech|high-tech|tech|computer|computers|computing|software|hardware|internet|
        online|web|website|websites|web site|web sites|net users|broadband|wi-fi|wifi|wireless|bluetooth|
        mobile phone|mobile phones|mobiles|smartphone|smartphones|handset|handsets|3G|4G|5G|gadget|gadgets|laptop|
        laptops|PC|PCs|desktop|microsoft|linux|open source|apple|ipod|iphone|ipad|itunes|google|yahoo|amazon|ebay|
        facebook|twitter|youtube|tiktok|instagram|whatsapp|netflix|spotify|intel|amd|nvidia|ibm|sony|nintendo|
        playstation|xbox|sega|game console|consoles|video games|video game|gamers|gaming|games industry|worm|spam|
        spammers|phishing|hackers|hacker|hacking|cyber|cyber-security|cybersecurity|malware|spyware|firewall|
        encryption|file-sharing|file sharing|peer-to-peer|p2p|download|downloads|downloading|blog|blogs|bloggers|
        blogging|podcast|podcasts|search engine|browser|browsers|firefox|internet explorer|email|e-mail|e-mails|
        emails|chip|chips|processor|processors|semiconductor|silicon valley|robot|robots|robotics|
        artificial intelligence|machine learning|AI|chatbot|algorithm|algorithms|data centre|cloud computing|app|
        apps|operating system|voip|net phone|dvd recorder|hard drive|megabits|gigabytes|computer virus|
        computer viruses|anti-virus|high-definition|copy protection|copy-protection|drm|digital rights management|
        mp3 player|mp3 players|media player|media players|music player|psp|nintendo ds|gameboy|game boy|console|
        games console|developer|multiplayer|developers|operating systems|windows xp|windows vista|mac os|macintosh|
        apple mac|mac mini|blackberry|blackberries|palm|pda|pdas|sim card|gps|sat-nav|satnav|rfid|nanotechnology|
        supercomputer|supercomputers|mainframe|servers|data centres|programmer|source code|open-source|software bug|
        security hole|security holes|patch|patches|vulnerability|vulnerabilities|exploit|trojan|trojans|botnet|
        botnets|denial of service|ddos|keylogger|net firm|net firms|web firm|web firms|dotcom|dot-com|e-commerce|
        online shopping|online retailer|search engines|web search|web page|web pages|webpage|webpages|domain name|
        domain names|icann|html|java|broadband connection|broadband connections|broadband users|dial-up|net access|
        internet access|internet users|web users|internet service provider|internet service providers|net telephony|
        voice over ip|instant messaging|chat room|chat rooms|social network|social networking|myspace|flickr|
        wikipedia|wiki|rss|podcasting|digital music|online music|music downloads|download service|download services|
        digital camera|digital cameras|camera phone|camera phones|megapixel|plasma screens|lcd screens|hdtv|
        high-definition tv|blu-ray|hd-dvd|hd dvd|dvd player|dvd players|set-top box|set-top boxes|pvr|
        personal video recorder|digital video recorder|digital video recorders|freeview|digital switchover|
        digital radio|dab|wimax|3g networks|mobile operator|mobile operators|network operator|network operators|
        handset makers|handset maker|text message|ringtone|ringtones|bandwidth|megabit|gigabit|terabyte|gigahertz|
        microchip|microchips|cpu|graphics card|touchscreen|touch screen|virtual reality|augmented reality|robotic|
        biometric|biometrics|smart card|smartcard|chip and pin|cyber crime|cybercrime|e-crime|online fraud|napster|
        kazaa|grokster|bittorrent|file-swapping|file swapping|sun microsystems|adobe|symantec|mcafee|sophos|
        kaspersky|f-secure|red hat|novell|mozilla|netscape|realnetworks|macromedia|ask jeeves|lycos|msn|hotmail|
        gmail|earthlink|tiscali|wanadoo|ntl|telewest|freeserve|qualcomm|texas instruments|broadcom|fujitsu|acer|
        compaq|palmone|research in motion|sony ericsson|tomtom|garmin|sandisk|seagate|videogame|videogames|
        computer game|computer games|games consoles|gamer|gameplay|gamecube|electronic arts|activision|ubisoft|
        game developer|games developer|games developers|game maker|games maker|games makers|game makers|
        game publisher|games publisher|first-person shooter|role-playing game|online game|online games|mmorpg|
        joystick|halo|grand theft auto|half-life|world of warcraft|gadget show|tech firm|tech firms|technology firm|
        technology firms|technology company|software firm|software company|software maker|chip maker|chipmaker|
        computer maker|software patents|patent law|techies|geeks|hi-fi|mp3s|wikis|spam e-mails|junk e-mail|junk mail|
        pop-up|pop-ups|adware|web-based|net-based|online services|internet-based|wireless networks|hotspot|hotspots|
        openai|chatgpt|anthropic|deepmind|snapchat|reddit|github|dropbox|paypal|oculus|vr headset|vr headsets|
        smartwatch|smartwatches|wearable|wearables|fitbit|streaming service|dark web|ransomware|data breach|
        data breaches|data protection|facial recognition|deepfake|deepfakes|self-driving|driverless|3d printing|
        quantum computing|semiconductors|tsmc|huawei|xiaomi|lenovo|baidu|bytedance|samsung galaxy|ios|android|chrome|
        ubuntu|raspberry pi|microprocessor|microprocessors|silicon chip|silicon chips|memory chip|memory chips|
        flash memory|usb|touch-screen|e-book|e-books|e-reader|kindle|tablet computer|tablet computers|search giant|
        net giant|internet giant|online giant|web giant|software giant|chip giant|computer giant|computer firm|
        computer firms|telecoms firm|telecoms firms|telecoms operator|mobile network|mobile networks|
        broadband provider|broadband providers|net provider|computer scientists|computer science|tech giant|
        tech giants`,
      2: `electronics|consumer electronics|engineers|research|researchers|innovation|patent|patents|network|networks|
        networking|telecoms|telecommunications|cable|satellite|digital tv|tv|television|tivo|camera|cameras|
        music players|mp3|players|format|formats|programme|system|systems|service|services|content|data|information|
        security|privacy|identity theft|startup|start-up|code|programmers|virtual|3d|sites|site|net|mobile|phone|
        phones|calls|text messages|texting|sms|ofcom|isp|isps|bt|vodafone|o2|orange|t-mobile|nokia|motorola|samsung|
        siemens|ericsson|hp|hewlett-packard|dell|oracle|sap|cisco|aol|skype|users|user|digital|device|devices|mac|
        windows|virus|viruses|hd|dvd|game|games|interactive|portable|recorder|recorders|electronic|platform|
        platforms|upgrade|upgrades|scientists|invention|inventor|prototype`,
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
      3: `football|soccer|rugby|tennis|cricket|golf|athletics|boxing|cycling|swimming|formula one|f1|grand prix|
        motor racing|horse racing|snooker|darts|basketball|baseball|nfl|nba|nhl|mlb|hockey|ice hockey|olympics|
        olympic|paralympic|world cup|euro 2004|euro 2024|premiership|premier league|champions league|uefa|uefa cup|
        fifa|fa cup|carling cup|league cup|six nations|heineken cup|tri-nations|super league|test match|test series|
        ashes|wimbledon|us open|french open|australian open|davis cup|ryder cup|tour de france|marathon|sprinter|
        sprinters|hurdles|long jump|high jump|triple jump|pole vault|striker|strikers|midfielder|midfielders|
        goalkeeper|winger|full-back|fly-half|scrum-half|flanker|number eight|batsman|bowler|wicket|wickets|innings|
        referee|scorer|hat-trick|tries|touchdown|semi-final|semi-finals|quarter-final|quarter-finals|gold medal|
        silver medal|bronze medal|top seed|tie-break|grand slam|squad|transfer window|hamstring|arsenal|chelsea|
        manchester united|man utd|man united|manchester city|liverpool|everton|newcastle|tottenham|spurs|aston villa|
        west ham|middlesbrough|southampton|fulham|charlton|bolton|blackburn|birmingham city|portsmouth|
        crystal palace|norwich|leeds|celtic|rangers|hearts|hibernian|aberdeen|real madrid|barcelona|ac milan|
        inter milan|juventus|bayern munich|porto|ajax|psv|wenger|mourinho|benitez|eriksson|henman|federer|roddick|
        hewitt|nadal|agassi|serena|venus williams|sharapova|henin|clijsters|mauresmo|davenport|kelly holmes|
        paula radcliffe|wilkinson|jonny wilkinson|sir clive woodward|woodward|all blacks|wallabies|springboks|goal|
        goals|scored|league|cup|final|match|matches|tournament|championship|championships|medal|medals|penalty|
        penalties|champion|champions|seeded|fixture|fixtures|defender|defenders|coach`,
      2: `win|wins|won|winning|winner|winners|victory|defeat|defeated|beat|beaten|lose|lost|loses|draw|drew|drawn|
        points|point|score|scores|second half|first half|stadium|crowd|fans|supporters|pitch|ball|kick|kicked|race|
        races|racing|runner|runners|world record|personal best|indoor|outdoor|finals|qualifier|qualifying|qualify|
        knockout|opponent|opponents|sport|sports|sporting|athlete|athletes|olympic champion|world champion|doping|
        drugs test|fa|rfu|iaaf|ioc|wada|ecb|icc|lions|club|clubs|captain|seed|player|players|team|teams|season|
        transfer|transfers|signing|injury|injured|ankle|knee|robinson|ferguson|relay|sprint|keeper|skipper`,
      1: `game|games|play|played|playing|plays|return|court|open|career|manager|international|internationals|home|away|
        leg|form|contract|sign|signed|loan|title|side|caps|cap|round|rounds|clash|rivals|banned|suspension|training|
        trained|debut|veteran|shot|shots|half|minute|minutes`,
    },
  },
  {
    id: "entertainment",
    name: "Entertainment",
    terms: {
      3: `film|films|movie|movies|cinema|cinemas|box office|hollywood|bollywood|oscar|oscars|academy awards|
        academy award|golden globe|golden globes|bafta|baftas|emmy|emmys|grammy|grammys|brit awards|brits|mtv|
        film festival|cannes|sundance|berlin film festival|actor|actors|actress|actresses|starring|starred|celebrity|
        celebrities|singer|singers|songwriter|band|bands|album|albums|singles|chart|charts|number one|top 10|top 40|
        song|songs|music|musical|musician|musicians|rock|pop|rap|rapper|hip-hop|hip hop|jazz|blues|classical|
        orchestra|opera|concert|concerts|gig|gigs|record label|label|lyrics|theatre|theatres|west end|broadway|
        playwright|comedy|comedian|comedians|sitcom|dramas|soap|soap opera|episode|episodes|tv show|tv series|
        reality tv|reality show|big brother|x factor|pop idol|eastenders|coronation street|doctor who|bbc one|
        bbc two|itv|channel 4|channel 5|sky one|hbo|disney|pixar|dreamworks|warner bros|paramount|universal pictures|
        sony pictures|animated|animation|documentary|premiere|screenplay|box-office|novel|novels|novelist|author|
        authors|booker prize|poet|poetry|artist|artists|gallery|exhibition|museum|painting|paintings|dance|ballet|
        fashion|catwalk|u2|madonna|elton john|robbie williams|kylie|beyonce|eminem|coldplay|oasis|rolling stones|
        beatles|paul mccartney|elvis|michael jackson|spielberg|scorsese|tom cruise|brad pitt|johnny depp|
        nicole kidman|leonardo dicaprio|harry potter|lord of the rings|star wars|james bond|bond film|film director|
        film-maker|film-makers|filmmaker|film studio|film studios|record company|record companies|record labels|
        top of the charts|number one single|number one album|singles chart|album chart|uk chart|billboard|
        official charts|chart-topping|chart-topper|grammy awards|mercury prize|mobo|mobos|ivor novello|brit award|
        mtv awards|eurovision|glastonbury|live 8|live aid|band aid|rock band|pop star|pop stars|popstar|rock star|
        boy band|girl group|frontman|lead singer|guitarist|drummer|bassist|debut album|new album|studio album|
        greatest hits|tour dates|world tour|farewell tour|paparazzi|red carpet|hollywood star|film star|film stars|
        movie star|movie stars|screen legend|leading man|leading lady|supporting actor|supporting actress|
        best supporting|oscar-winning|oscar-nominated|golden bear|palme d'or|venice film festival|
        toronto film festival|edinburgh festival|fringe|west end show|musicals|stage show|pantomime|panto|
        royal shakespeare company|national theatre|royal opera house|sitcoms|soaps|drama series|tv drama|
        tv presenter|chat show|talk show|quiz show|game show|american idol|fame academy|strictly come dancing|
        i'm a celebrity|little britain|ricky gervais|desperate housewives|the simpsons|film critic|film critics|
        remake|trailer|screenwriter|scriptwriter|cinematographer|biopic|blockbuster|blockbusters|animated film|
        dvd release|opening weekend|grossed|takings|literary|bestseller|best-seller|bestselling|booksellers|
        whitbread|orange prize|man booker|choreographer|comedy show|circus|magician|entertainer|entertainers|radio 1|
        radio 2|radio dj|radio station|radio stations|bbc radio|broadcasting|broadcasters|e4|bbc three|bbc four|itv1|
        bbc films|film council|kylie minogue|britney spears|justin timberlake|jennifer lopez|jennifer aniston|
        angelina jolie|julia roberts|tom hanks|russell crowe|clint eastwood|george clooney|will smith|jamie foxx|
        kate winslet|keira knightley|jude law|hugh grant|ewan mcgregor|sean connery|michael caine|judi dench|
        helen mirren|kate moss|pete doherty|libertines|franz ferdinand|keane|scissor sisters|green day|bono|
        bob geldof|mick jagger|pink floyd|led zeppelin|david bowie|bruce springsteen|bob dylan|johnny cash|
        ray charles|kanye west|jay-z|50 cent|snoop dogg|usher|alicia keys|norah jones|joss stone|jamie cullum|
        will young|girls aloud|westlife|busted|mcfly|spice girls|take that|destiny's child|black eyed peas|outkast|
        nirvana|radiohead|stereophonics|kaiser chiefs|razorlight|the killers|sir elton|sir paul mccartney|
        shakespeare|dickens|jk rowling|j k rowling`,
      2: `award|awards|nominated|nomination|nominations|ceremony|prize|prizes|winner|best picture|best actor|
        best actress|best film|best director|role|roles|cast|character|characters|audience|audiences|viewers|ratings|
        show|shows|programme|programmes|channel|channels|broadcast|broadcaster|bbc|tv|television|radio|dj|presenter|
        host|hosted|fame|famous|fans|performance|performed|performing|perform|entertainment|showbiz|celebrated|
        legend|legendary|sales|studio|studios|producer|producers|script|writer|writers|creative|culture|cultural|
        arts|hit|hits|tickets|sold-out|venue|single|star|stars|series|tour|stage|art|book|books|director|directors|
        festival|drama|sequel|viewing figures|listeners|hollywood's|music industry|film industry|tv industry|
        entertainment industry|publishing|stages`,
      1: `story|stories|british|american|london|york|los angeles|play|plays|dvd|record|records|released|release|copies|
        video`,
    },
  },
];

// Hand-written from general knowledge. Each line: id; display name; aliases separated by "|".
// Aliases follow the section lexicon's rules: capitals match only in capitals ("AI", "US"), phrases are phrases.

/** A free keyword topic ("ukraine", "climate change", "ai"): its id, display name and the words that name it. */
export interface KeywordTopic {
  id: string;
  name: string;
  aliases: string;
}

const TABLE = `
ukraine; Ukraine; ukraine|ukrainian|ukrainians|kyiv|kiev|zelensky|zelenskyy|donbas|donetsk|luhansk|crimea|kharkiv|odesa|odessa
russia; Russia; russia|russian|russians|moscow|kremlin|putin|vladimir putin|medvedev|lavrov
china; China; china|chinese|beijing|shanghai|xi jinping|hong kong|taiwan
united states; United States; US|U.S|USA|U.S.A|united states|america|american|americans|white house|washington dc
uk; United Kingdom; UK|U.K|united kingdom|britain|british|great britain|downing street|westminster
european union; European Union; EU|european union|european commission|brussels|eurozone|european parliament
brexit; Brexit; brexit|brexiteers|article 50
climate change; Climate change; climate change|global warming|greenhouse gas|greenhouse gases|carbon emissions|emissions targets|net zero|kyoto protocol|kyoto|paris agreement|ipcc|climate crisis|fossil fuels|cop26|cop27|cop28|cop29
ai; Artificial intelligence; AI|A.I|artificial intelligence|machine learning|deep learning|neural network|neural networks|chatgpt|openai|chatbot|chatbots|generative|large language model|large language models|LLM|LLMs|deepmind|anthropic
elections; Elections; election|elections|electoral|general election|presidential election|by-election|midterms|primaries|polling stations|polls open|ballot|ballots|voters|referendum|exit poll|exit polls
covid; Covid-19; covid|covid-19|coronavirus|sars-cov-2|lockdown|lockdowns|pandemic
israel; Israel and Gaza; israel|israeli|israelis|gaza|hamas|west bank|netanyahu|sharon|ariel sharon|tel aviv|jerusalem|palestinian|palestinians|abbas
iran; Iran; iran|iranian|iranians|tehran|ayatollah|khamenei
iraq; Iraq; iraq|iraqi|iraqis|baghdad|falluja|fallujah|basra|mosul
afghanistan; Afghanistan; afghanistan|afghan|afghans|kabul|taliban
syria; Syria; syria|syrian|syrians|damascus|assad|aleppo
north korea; North Korea; north korea|north korean|pyongyang|kim jong-un|kim jong-il
india; India; india|indian|indians|delhi|new delhi|mumbai|bombay|modi
pakistan; Pakistan; pakistan|pakistani|islamabad|karachi|lahore
japan; Japan; japan|japanese|tokyo
south korea; South Korea; south korea|south korean|seoul
france; France; france|french|paris|elysee|macron|chirac
germany; Germany; germany|german|germans|berlin|bundestag|merkel|schroeder
italy; Italy; italy|italian|italians|rome|milan|berlusconi
spain; Spain; spain|spanish|madrid|barcelona
ireland; Ireland; ireland|irish|dublin|northern ireland|belfast|sinn fein|dup
australia; Australia; australia|australian|australians|sydney|melbourne|canberra
canada; Canada; canada|canadian|canadians|ottawa|toronto
brazil; Brazil; brazil|brazilian|brazilians|brasilia|rio de janeiro|sao paulo|lula
mexico; Mexico; mexico|mexican|mexicans
south africa; South Africa; south africa|south african|johannesburg|pretoria|cape town
nigeria; Nigeria; nigeria|nigerian|nigerians|lagos|abuja
turkey; Turkey; Turkey|turkish|ankara|istanbul|erdogan
saudi arabia; Saudi Arabia; saudi|saudi arabia|riyadh
egypt; Egypt; egypt|egyptian|egyptians|cairo
africa; Africa; africa|african|sub-saharan
middle east; Middle East; middle east|gulf states|arab world
terrorism; Terrorism; terrorism|terrorist|terrorists|terror attack|terror attacks|jihadist|jihadists|al-qaeda|islamic state|ISIS|ISIL|suicide bomber|suicide bombing
immigration; Immigration; immigration|immigrants|migrants|migrant|asylum|asylum seekers|refugees|border control|deportation
economy; Economy; economy|economic growth|gdp|inflation|recession|interest rates|unemployment|central bank
oil; Oil and energy; oil price|oil prices|crude oil|opec|barrel|barrels|oil|gas prices|energy prices
markets; Markets; stock market|stock markets|shares|dow jones|nasdaq|ftse|nikkei|wall street|investors|bond markets
crypto; Cryptocurrency; bitcoin|cryptocurrency|cryptocurrencies|crypto|blockchain|ethereum
space; Space; space|nasa|esa|spacecraft|space station|astronaut|astronauts|rocket|mars|moon landing|spacex|satellite
football; Football; football|soccer|premiership|premier league|champions league|fa cup|uefa|fifa|world cup|striker|goalkeeper|midfielder
rugby; Rugby; rugby|six nations|rugby league|rugby union|heineken cup|tries|fly-half|scrum-half|all blacks
tennis; Tennis; tennis|wimbledon|grand slam|australian open|french open|us open|davis cup|atp|wta
cricket; Cricket; cricket|test match|ashes|wicket|wickets|batsman|bowler|innings|odi|twenty20|t20
athletics; Athletics; athletics|sprinter|sprint|marathon|hurdles|iaaf|world athletics|relay|long jump|high jump
formula 1; Formula 1; formula one|formula 1|f1|grand prix|ferrari|mclaren|schumacher|hamilton|verstappen
olympics; Olympics; olympics|olympic|olympic games|paralympics|paralympic|ioc
film; Film; film|films|movie|movies|cinema|box office|hollywood|oscar|oscars|academy awards
music; Music; music|album|albums|singer|band|chart|charts|concert|gig|song|songs|grammy|grammys|brit awards
tv; TV; television|tv|tv show|series|channel 4|itv|bbc one|sitcom|reality tv|soap
games; Video games; video game|video games|gaming|gamers|playstation|xbox|nintendo|console|consoles
internet; Internet; internet|online|web|website|websites|broadband|net users
mobile; Mobile phones; mobile phone|mobile phones|mobiles|smartphone|smartphones|handset|handsets|3G|4G|5G|iphone|android
cybersecurity; Cyber security; hackers|hacker|hacking|cyber attack|cyber-attack|cyber attacks|virus|viruses|malware|spyware|phishing|spam|ransomware|cybersecurity|cyber security|data breach
`;

/** Free keyword topics: countries, conflicts, themes and sports a channel can subscribe to. */
export const KEYWORD_TOPICS: readonly KeywordTopic[] = TABLE.trim()
  .split("\n")
  .map((line) => {
    const [id = "", name = "", aliases = ""] = line.split(";").map((part) => part.trim());
    return { id, name, aliases };
  });

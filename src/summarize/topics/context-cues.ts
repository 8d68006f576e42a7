// Hand-written from general knowledge of how news sections overlap: no lists or weights were computed from any corpus.
// Terms follow the section lexicon's rules (see topic-lexicon.ts) and may be split over lines.

/** A context a story can be in, which changes what some section words mean: its id and the words that signal it. */
export interface ContextCue {
  id: "economy" | "foreign" | "gaming" | "media-tech" | "club-finance";
  terms: string;
}

/** Contexts the classifier detects before weighing sections (see the rules in classify-topics.ts). */
export const CONTEXT_CUES: readonly ContextCue[] = [
  {
    // Figures and institutions of the economy: a government talking about them is business news.
    id: "economy",
    terms: `gdp|gross domestic product|economic growth|growth rate|growth forecast|inflation|deflation|interest rates|
      interest rate|base rate|exports|imports|exporters|trade deficit|trade surplus|budget deficit|current account|
      public debt|national debt|foreign debt|unemployment rate|jobless rate|jobless|recession|economy|economies|
      economic|economists|central bank|federal reserve|bank of england|european central bank|bank of japan|
      reserve bank|currency|currencies|exchange rate|devaluation|bond|bonds|stock market|stock exchange|shares|
      investors|privatisation|privatization|foreign investment|state assets|state-owned|imf|world bank|wto|
      fiscal|monetary policy|consumer prices|retail sales|house prices|oil prices|trade talks|tariffs|subsidies`,
  },
  {
    // Other countries than the UK and the US: their governments' doings are world news, not domestic politics.
    id: "foreign",
    terms: `afghanistan|afghan|albania|algeria|algerian|angola|argentina|argentine|armenia|austria|austrian|
      azerbaijan|bangladesh|belarus|belgium|belgian|bolivia|bolivian|bosnia|peruvian|ecuadorian|paraguayan|brazil|brazilian|bulgaria|cambodia|cameroon|
      chad|chile|chilean|china|chinese|colombia|colombian|congo|croatia|cuba|cuban|cyprus|czech|denmark|danish|
      ecuador|egypt|egyptian|estonia|ethiopia|finland|finnish|france|french|georgia|germany|german|ghana|greece|
      greek|guatemala|haiti|hungary|hungarian|india|indian|indonesia|indonesian|iran|iranian|iraq|iraqi|israel|
      israeli|italy|italian|ivory coast|jamaica|japan|japanese|jordan|kazakhstan|kazakh|kenya|kenyan|kosovo|kuwait|
      kyrgyzstan|latvia|lebanon|liberia|libya|lithuania|malaysia|mexico|mexican|moldova|mongolia|morocco|
      mozambique|myanmar|burma|nepal|netherlands|dutch|nicaragua|niger|nigeria|nigerian|north korea|norway|
      norwegian|pakistan|pakistani|palestinian|panama|paraguay|peru|philippines|poland|polish|portugal|
      portuguese|qatar|romania|romanian|russia|russian|rwanda|saudi|saudi arabia|senegal|serbia|sierra leone|
      singapore|slovakia|slovenia|somalia|south africa|south korea|korean|spain|spanish|sri lanka|sudan|sweden|
      swedish|switzerland|swiss|syria|syrian|taiwan|tajikistan|tanzania|thailand|thai|tunisia|turkey|turkish|
      turkmenistan|uganda|ukraine|ukrainian|uruguay|uzbekistan|venezuela|venezuelan|vietnam|vietnamese|yemen|
      zambia|zimbabwe|beijing|moscow|kremlin|tokyo|paris|berlin|madrid|rome|delhi|new delhi|kiev|kyiv|tehran|
      baghdad|caracas|buenos aires|brasilia|cairo|riyadh|ankara|seoul|jakarta|nairobi|lagos|kabul|islamabad`,
  },
  {
    // Video games are technology stories, even when they simulate football or tie in with a film.
    id: "gaming",
    terms: `video game|video games|videogame|videogames|computer game|computer games|games console|games consoles|
      console|consoles|gamer|gamers|gaming|gameplay|multiplayer|playstation|xbox|nintendo|gamecube|game boy|gameboy|
      psp|nintendo ds|sega|electronic arts|ea sports|activision|ubisoft|take-two|rockstar games|game developer|
      game developers|games developer|games developers|game maker|games maker|game makers|games makers|
      games industry|game publisher|games publisher|first-person shooter|shoot-'em-up|role-playing game|
      online game|online games|mmorpg|joystick|arcade|halo|grand theft auto|half-life|the sims|world of warcraft|
      final fantasy|zelda|super mario|pokemon|tomb raider|metal gear|resident evil|call of duty|medal of honor|
      need for speed|gran turismo|pro evolution soccer|championship manager|football manager`,
  },
  {
    // The machinery of media: devices, formats and networks make a TV, film or music story a technology story.
    id: "media-tech",
    terms: `broadband|file-sharing|file sharing|peer-to-peer|p2p|streaming|on-demand|video-on-demand|set-top box|
      set-top boxes|pvr|pvrs|personal video recorder|digital video recorder|dvr|tivo|high-definition|
      high definition|hdtv|flat-screen|plasma|lcd|mp3 player|mp3 players|ipod|ipods|napster|kazaa|bittorrent|drm|
      copy protection|copy-protection|device|devices|gadget|gadgets|software|technology|technologies|handheld|
      wi-fi|wireless|mobile phone|mobile phones|handset|handsets|3G|computer|computers|pc|pcs|hard drive|chip|chips|
      bandwidth|screen resolution|camera phone|camera phones|technical|engineers`,
  },
  {
    // Money of clubs: takeovers, shares and stadium deals are business stories about sport.
    id: "club-finance",
    terms: `shares|share price|shareholders|shareholder|stake|stakeholding|takeover|takeover bid|buyout|
      tycoon|billionaire|investors|stock exchange|stock market|listing|flotation|valuation|
      profits|profit|revenues|turnover|accounts|broadcasting rights|tv rights|sponsorship deal|bankers|advisers`,
  },
];

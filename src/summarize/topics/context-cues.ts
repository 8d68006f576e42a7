// Hand-written from general knowledge of how news sections overlap: no lists or weights were computed from any corpus.
// Terms follow the section lexicon's rules (see topic-lexicon.ts) and may be split over lines.

/** A context a story can be in, which changes what some section words mean: its id and the words that signal it. */
export interface ContextCue {
  id: "economy" | "gaming" | "media-tech" | "club-finance";
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
    terms: `digital|broadband|download|downloads|downloading|downloaded|file-sharing|file sharing|peer-to-peer|p2p|
      streaming|stream|on-demand|video-on-demand|set-top box|set-top boxes|pvr|pvrs|personal video recorder|
      digital video recorder|dvr|tivo|high-definition|high definition|hdtv|hd|flat-screen|plasma|lcd|
      mp3|mp3 player|mp3 players|ipod|ipods|itunes|napster|kazaa|bittorrent|drm|copy protection|
      copy-protection|device|devices|gadget|gadgets|format|formats|software|technology|technologies|
      interactive|handheld|wi-fi|wireless|internet|online|web|net|network|networks|mobile phone|mobile phones`,
  },
  {
    // Money of clubs: takeovers, shares and stadium deals are business stories about sport.
    id: "club-finance",
    terms: `shares|share price|shareholders|shareholder|stake|stakeholding|takeover|takeover bid|buyout|
      tycoon|billionaire|investors|stock exchange|stock market|listing|flotation|valuation|
      profits|profit|revenues|turnover|accounts|broadcasting rights|tv rights|sponsorship deal|bankers|advisers`,
  },
];

// What news outlets are called: the head words of newspaper and broadcaster names, and the
// wire agencies and broadcasters known by a bare name. A general lexicon, not a list from any corpus.

/** Last words that make a capitalised name an outlet: "The Financial Times", "Sky News". */
export const OUTLET_HEADS = new Set([
  "Times", "Post", "Telegraph", "Guardian", "Journal", "Herald", "Tribune", "Gazette", "Chronicle",
  "Observer", "Mail", "Mirror", "Express", "Standard", "Economist", "News", "Newsweek", "Magazine",
  "Inquirer", "Examiner", "Courier", "Enquirer", "Dispatch", "Bulletin", "Register", "Sentinel",
  "Monitor", "Reporter", "Record", "Recorder", "Star-Ledger", "Globe", "Insider", "Intercept", "Beast",
  "Newswire", "Wire", "Radio", "Television", "TV", "Broadcasting", "Network", "Newspaper", "Daily", "Weekly",
]);

/** Outlets usually named without a head word. */
export const OUTLET_NAMES = new Set([
  "Reuters", "Bloomberg", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "CNBC", "MSNBC",
  "NPR", "PBS", "ITV", "GMTV", "Sky", "Channel 4", "Al Jazeera", "TASS", "Xinhua", "Interfax", "Kyodo", "Yonhap",
  "RIA Novosti", "Sputnik", "RT", "Politico", "Axios", "BuzzFeed", "HuffPost", "Huffington Post", "Breitbart", "Vox",
  "Slate", "Salon", "The Hill", "The Atlantic", "The New Yorker", "Der Spiegel", "Le Monde", "Le Figaro", "El País",
  "Die Welt", "Haaretz", "Ynet", "Fox", "ABC", "CBS", "NBC", "C-SPAN", "Euronews", "Deutsche Welle", "DW",
  "France 24", "Nikkei", "Asahi Shimbun", "Yomiuri Shimbun", "Press Association", "PA", "UPI", "Dow Jones",
  "TMZ", "Variety", "Billboard", "Rolling Stone", "Forbes", "Fortune", "Wired", "Mashable", "TechCrunch",
]);

/** Words that never end an outlet name even if they look like a head word ("National Security Agency"). */
export const NOT_OUTLET_PREFIX = new Set(["Fake", "Breaking", "Good", "Bad", "Local", "Latest", "More"]);

// Organisation cues: head words that make a capitalised name an organisation, well-known acronyms,
// and seats of government that news uses for the government itself ("Downing Street said").

/** A capitalised run containing one of these words names an organisation, not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  "Inc", "Corp", "Corporation", "Co", "Company", "Companies", "Ltd", "Limited", "Plc", "PLC", "LLC", "LLP", "AG", "SA",
  "NV", "BV", "GmbH", "SpA", "AB", "ASA", "Holdings", "Holding", "Group", "Industries", "International", "Enterprises",
  "Partners", "Associates", "Bank", "Bancorp", "Capital", "Securities", "Investments", "Fund", "Trust", "Insurance",
  "Assurance", "Motors", "Airlines", "Airways", "Air", "Airline", "Railways", "Telecom", "Telecommunications",
  "Communications", "Systems", "Technologies", "Technology", "Software", "Electronics", "Pharmaceuticals", "Energy",
  "Oil", "Petroleum", "Gas", "Mining", "Steel", "Chemicals", "Foods", "Brewery", "Breweries", "Stores", "Media",
  "Entertainment", "Studios", "Pictures", "Records", "Publishing", "Press", "Exchange", "Market", "Markets", "Index",
  "Ministry", "Department", "Office", "Agency", "Authority", "Commission", "Committee", "Council", "Board", "Bureau",
  "Service", "Services", "Administration", "Parliament", "Congress", "Senate", "Assembly", "Government", "Cabinet",
  "Court", "Tribunal", "Police", "Army", "Navy", "Force", "Forces", "Guard", "Command", "Party", "Movement", "Front",
  "Alliance", "League", "Union", "Federation", "Association", "Society", "Institute", "Institution", "Foundation",
  "Organisation", "Organization", "Centre", "Center", "University", "College", "School", "Academy", "Hospital", "Clinic",
  "Church", "Club", "Team", "United", "Rovers", "Wanderers", "Athletic", "Albion", "FC", "Cup", "Championship", "Open",
  "Games", "Olympics", "Prix", "Trophy", "Tour", "Series", "Festival", "Awards", "Award", "Prize", "Museum", "Gallery",
  "Theatre", "Theater", "Orchestra", "Band", "Network", "Channel", "Broadcasting", "Times", "Post", "Telegraph",
  "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Mail", "Mirror", "Express", "News", "Magazine",
  "Street", "Road", "Avenue", "Square", "Park", "Stadium", "Arena", "Hall", "House", "Palace", "Castle", "Tower",
  "Airport", "Station", "Bridge", "River", "Lake", "Mountains", "Island", "Islands", "Valley", "Bay", "Coast", "Sea",
  "Ocean", "Province", "County", "District", "Region", "Republic", "Kingdom", "Empire", "State", "States", "City",
  "Mosque", "Temple", "Cathedral", "Chapel", "Project", "Programme", "Program", "Plan", "Act", "Treaty", "Accord",
  "Agreement", "Pact", "Convention", "Conference", "Summit", "Forum", "Talks", "War", "Revolution", "Crisis", "Day",
  "Week", "Year", "Age", "Era", "Index", "Reserve", "Fed", "Treasury", "Initiative", "Coalition", "Brigade",
  "Brigades", "Regiment", "Division", "Battalion", "Corps", "Unit", "Squad", "Ensemble", "Choir", "Quartet", "Trio",
  "Awards", "Olympic", "Grand", "Derby", "Stakes", "Handicap", "Classic", "Masters", "Rally", "Marathon", "Ventures",
  "Electric", "Ministries", "Ferries", "Logistics", "Haulage", "Freight",
]);

/** The org words that end an organisation's name (a subset used to decide a run is an organisation). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "Plc", "PLC", "LLC", "AG", "SA", "NV", "GmbH", "SpA",
  "Holdings", "Group", "Industries", "International", "Bank", "Bancorp", "Capital", "Securities", "Insurance", "Motors",
  "Airlines", "Airways", "Telecom", "Systems", "Technologies", "Pharmaceuticals", "Energy", "Petroleum", "Media",
  "Studios", "Exchange", "Ministry", "Department", "Office", "Agency", "Authority", "Commission", "Committee", "Council",
  "Board", "Bureau", "Service", "Services", "Administration", "Parliament", "Congress", "Senate", "Assembly",
  "Government", "Court", "Tribunal", "Police", "Army", "Navy", "Force", "Forces", "Guard", "Party", "Movement", "Front",
  "Alliance", "League", "Union", "Federation", "Association", "Society", "Institute", "Foundation", "Organisation",
  "Organization", "Centre", "Center", "University", "College", "School", "Academy", "Hospital", "Church", "Club",
  "United", "Rovers", "Wanderers", "Athletic", "Albion", "FC", "Network", "Channel", "Broadcasting", "Times", "Post",
  "Telegraph", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Mail", "Mirror", "Express", "News",
  "Reserve", "Coalition", "Democrats", "Republicans", "Socialists", "Greens", "Conservatives", "Nationalists",
  "Liberals", "Dems", "Tories", "Plan", "Programme", "Consortium", "Concern", "Election", "Elections", "Boerse", "Bourse", "Brigades", "Corps", "Fund", "Trust", "Foods", "Stores", "Electronics", "Mining",
  "Airline", "Railways", "Communications", "Cabinet", "Magazine", "Securities", "Ventures", "Enterprises", "Partners",
  "Ministries", "Electric", "Ferries", "Logistics", "Haulage", "Freight",
]);

/** Acronyms and short names of organisations known without a head word. */
export const ORG_NAMES: ReadonlySet<string> = new Set([
  "EU", "E.U.", "UN", "U.N.", "NATO", "Nato", "OPEC", "Opec", "WTO", "IMF", "OECD", "ASEAN", "Asean", "OSCE", "WHO",
  "UNESCO", "UNICEF", "UNHCR", "FIFA", "Fifa", "UEFA", "Uefa", "IOC", "ICC", "FBI", "CIA", "NSA", "KGB", "FSB", "MI5",
  "MI6", "GCHQ", "NASA", "Nasa", "Pentagon", "Kremlin", "Downing Street", "White House", "Whitehall", "Elysee",
  "Elysee Palace", "Congress", "Senate", "Parliament", "Bundestag", "Bundesbank", "Duma", "Knesset", "Politburo",
  "Interpol", "Europol", "Hamas", "Hezbollah", "Hizbollah", "Taliban", "al-Qaeda", "Al Qaeda", "ISIS", "IRA", "PLO",
  "ANC", "SEC", "FTC", "FDA", "EPA", "NHS", "BBC", "CNN", "Reuters", "Microsoft", "Google", "Apple", "Amazon",
  "Facebook", "Twitter", "IBM", "Intel", "Samsung", "Sony", "Toyota", "Nissan", "Honda", "Boeing", "Airbus",
  "Fed", "ECB", "Labour", "Tories", "Conservatives", "Democrats", "Republicans", "GOP", "Lib Dem", "Lib Dems", "Lib-Dem",
  "Lib-Dems", "Dems", "Vatican", "Sinn Fein",
  "Bundesliga", "Serie A", "Premier League", "Premiership", "NBA", "NFL", "NHL", "MLB", "ATP", "WTA", "PGA", "WBC",
  "WBA", "IBF", "WBO", "Red Cross", "Amnesty International", "Greenpeace", "World Bank", "Wall Street",
]);

/**
 * Lower-case nouns that say the name beside them is an organisation: before it ("media giant Acme
 * Widgets", "the firm Acme Widgets") or heading an appositive after it ("Acme Widgets, a media company,").
 * Nouns that also name people ("publisher", "broadcaster", "manufacturer", "carrier") or are verbs before a
 * name ("channel", "brand", "label") are left out.
 */
export const ORG_NOUNS: ReadonlySet<string> = new Set([
  "company", "companies", "firm", "corporation", "conglomerate", "network", "retailer", "chain", "airline", "bank",
  "lender", "insurer", "carmaker", "automaker", "startup", "start-up",
  "subsidiary", "charity", "organisation", "organization", "utility", "provider", "supplier", "group", "outlet",
  "newspaper", "studio", "studios", "franchise", "business", "partnership", "consortium", "club",
]);

/**
 * Lower-case nouns of a trade that, capitalised before a word that is no given name, say the word is a
 * firm's name: "Developer Acme", "Bookmakers Acme", "Retailer Acme". Before a given name they may be a
 * person's role ("Producer Jo Blum"). Nouns that open firms' own names ("Group", "Studio", "Bank") are left out.
 */
export const FIRM_LEADS: ReadonlySet<string> = new Set([
  "developer", "publisher", "broadcaster", "producer", "manufacturer", "maker", "carmaker", "automaker", "chipmaker",
  "drugmaker", "housebuilder", "builder", "distributor", "operator", "carrier", "retailer", "supermarket", "grocer",
  "brewer", "bookmaker", "miner", "insurer", "lender", "airline", "watchdog", "regulator", "supplier", "provider",
  "conglomerate", "firm", "startup",
]);

/**
 * Lower-case nouns of a trade or of ownership that, before a name with no given name, say it is a
 * firm's: "the operator Acme Ferries", "its owner Acme Stays", "the developer Acme". `FIRM_LEADS`
 * and nouns that are a person's as often ("owner", "landlord"), which a given name makes a role.
 */
export const FIRM_NOUNS: ReadonlySet<string> = new Set([
  ...FIRM_LEADS, "owner", "co-owner", "landlord", "contractor", "subcontractor", "sponsor", "vendor", "seller", "buyer",
  "bidder", "parent", "franchisee", "engineer", "stockist", "wholesaler", "exporter", "importer", "shipper", "haulier", "shipbuilder",
  // A firm's rival, partner, broker or research house ("rival Acme", "analyst Acme"): a person's only with a given name.
  "rival", "partner", "broker", "analyst",
]);

/** Lower-case words before "leader" that make it a firm's standing, not a person's role: "market leader Acme". */
export const FIRM_LEADER_MODIFIERS: ReadonlySet<string> = new Set(["market", "sector", "industry", "category", "segment"]);

/** An acronym's plural ("ISPs", "DVDs"): things counted, no organisation or person. */
export const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** Lower-case nouns after an organisation's possessive: "Acme Widgets' fourth-quarter profits". */
export const BUSINESS_NOUNS: ReadonlySet<string> = new Set([
  "shares", "stock", "profit", "profits", "revenue", "revenues", "earnings", "sales", "subscribers", "customers",
  "shareholders", "stockholders", "headquarters", "subsidiary", "subsidiaries", "stores", "products", "losses", "dividend",
  "takeover", "merger", "acquisition", "turnover", "valuation",
]);

/**
 * Abbreviations written in capitals that name no organisation: time zones, economic measures,
 * currencies, formats and devices, qualifications and titles, diseases, common short forms
 * ("at 2200 GMT", "GDP grew", "on TV", "a QC", "WMD"). A capitalised acronym outside this list,
 * once in the prose, is read as an organisation's.
 */
export const NOT_ORG_ACRONYMS: ReadonlySet<string> = new Set(`GMT BST UTC CET CEST EST EDT CST CDT MST MDT PST PDT AM PM
GDP GNP GVA CPI RPI PPI VAT APR IPO ROI EPS QE ZIRP NIRP USD GBP EUR JPY CHF CNY ETF
TV HDTV DVD CD PC PDA SMS MMS GPRS GPS USB PDF MP3 LCD LED CPU GPU RAM ROM OS AI VR IT ID PIN URL ISP DSL ADSL VoIP WiFi
DNA RNA HIV AIDS SARS MRSA BSE CJD ADHD PTSD IVF
CEO CFO COO CTO MD MP MPs MEP MSP AM QC KC VP DJ MC PR HR GP PhD MBA CPA MBE OBE CBE
OK WMD WWI WWII AKA ASAP FAQ DIY RIP PS VIP UFO
R&D R&B Q&A M&A P&L F&B`.split(/\s+/));

/** Words that close a firm's name after "&" ("Edward D. Jones & Co.", "A.G. Edwards & Sons", "Acme & Associates"). */
export const FIRM_PARTNERS: ReadonlySet<string> = new Set(["Sons", "Son", "Associates", "Brothers", "Bros", "Daughters", "Cie", "Partner"]);

/**
 * Head words of institutions that take the place they serve after "of" as part of their name ("Bank of
 * England", "University of Maryland", "Police Federation of England"); a firm's ("Acme Motors of Japan") does not.
 */
export const INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  "Bank", "Ministry", "Department", "Office", "Agency", "Authority", "Commission", "Committee", "Council", "Board",
  "Bureau", "Service", "Administration", "Parliament", "Congress", "Senate", "Assembly", "Government", "Court",
  "Tribunal", "Police", "Army", "Navy", "Party", "Movement", "Front", "Alliance", "League", "Union", "Federation",
  "Association", "Society", "Institute", "Foundation", "Organisation", "Organization", "Centre", "Center", "University",
  "College", "School", "Academy", "Hospital", "Church", "Club", "Reserve", "Coalition",
]);

/**
 * Party adjectives: alone ("the Democratic nominee", "Republican voters") they name no organisation,
 * only with an organisation's noun after them ("Democratic Party", "Republican National Committee").
 */
export const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(["Democratic", "Republican", "Conservative", "Liberal", "Socialist", "Communist", "Progressive", "Libertarian"]);

/** Lower-case nouns after a city's name that make it a club's: "the Leeds striker", "Milan fans". */
export const TEAM_NOUNS: ReadonlySet<string> = new Set([
  "striker", "strikers", "midfielder", "midfielders", "defender", "defenders", "winger", "wingers", "goalkeeper", "keeper",
  "manager", "boss", "coach", "captain", "skipper", "fans", "squad", "forward", "full-back", "centre-back", "playmaker",
]);

/** Verbs of a match after a city's name, with a score in the sentence: "Leeds beat Chelsea 2-1", "Milan drew 1-1". */
export const MATCH_VERBS: ReadonlySet<string> = new Set(["beat", "beats", "drew", "draw", "lost", "lose", "thrashed", "defeated", "edged", "hammered", "trounced", "routed", "signed", "held"]);

/** Words that open a club's name before its city's: "Real Madrid", "AC Milan", "Inter Milan". */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(["Real", "AC", "Inter", "Internazionale", "Athletic", "Atletico", "Sporting", "Dynamo", "Dinamo", "Olympique", "FC", "AS", "SC", "SV", "VfB", "Borussia"]);

/** Lower-case nouns after a product's name: "the Acmebox console", "Acmesoft users", "Acmeware viruses". */
export const PRODUCT_NOUNS: ReadonlySet<string> = new Set([
  "console", "consoles", "handheld", "handhelds", "desktop", "desktops", "device", "devices", "browser", "programme",
  "programmes", "app", "apps", "virus", "viruses", "version", "versions", "edition", "update", "updates", "gadget", "gadgets",
]);

/** Words before a product's name: "PCs running Acmesoft", "a version of Acmesoft", "copies of Acmesoft". */
export const PRODUCT_LEADS = /(?:\b(?:PCs?|computers?|machines?|phones?|devices?|laptops?|servers?)\s+(?:running|that run|which run)|\bversions? of|\bcopies of|\bupgrade to)\s+$/;

/**
 * Lower-case words for a field an institution covers, which may stand before "and" inside its name:
 * "Food and Drug Administration", "Health and Safety Executive", "Fish and Wildlife Service".
 */
export const FIELD_WORDS: ReadonlySet<string> = new Set(`food drug drugs health safety securities exchange trade industry
  commerce business enterprise energy environment education science sciences technology culture media sport arts heritage
  tourism transport aviation shipping ports marine fish fisheries wildlife parks forestry agriculture rural land mines
  mining water power justice home foreign defence defense security work works labor labour pensions housing communities
  local urban planning family families children youth schools skills welfare social human veterans finance treasury revenue
  customs immigration naturalization naturalisation alcohol tobacco firearms explosives research development standards
  weights measures trading consumer consumers competition markets fair equality employment training innovation
  public travel transportation infrastructure citizenship nationality qualifications curriculum recreation reform
  privileges ways project`.split(/\s+/));


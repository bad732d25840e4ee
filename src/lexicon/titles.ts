// Honorifics, office titles and role nouns that sit before or after a person's name in news text.
// General English usage; capitalised forms are matched case-sensitively, role nouns in lower case.

/** Courtesy titles: evidence of a person, but not a role. "Mr", "Dr." (the dot is dropped before lookup). */
export const HONORIFICS: ReadonlySet<string> = new Set([
  "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Sir", "Dame", "Lord", "Lady", "Messrs", "Mme", "Mlle", "Herr", "Frau",
  "Monsieur", "Madame", "Senor", "Senora", "Signor", "Sheikh", "Sheik", "Rev", "Reverend", "Fr", "Father", "Sister",
  "Brother", "Rabbi", "Imam", "Ayatollah", "Mullah", "Pastor", "Bishop", "Archbishop", "Cardinal", "Pope", "Saint",
]);

/** Words an honorific makes a title of rather than a name: "Miss Universe", "Mr World", "Miss America". */
export const HONORIFIC_TITLES: ReadonlySet<string> = new Set(["Universe", "World", "Earth", "International", "Olympia", "America", "USA", "Teen"]);

/** Office words, capitalised: "President", "Secretary", "Minister". */
const OFFICES = [
  "President", "Vice-President", "Premier", "Minister", "Secretary", "Chancellor", "Governor", "Senator", "Sen",
  "Congressman", "Congresswoman", "Representative", "Rep", "Gov", "Mayor", "Ambassador", "Envoy", "Commissioner",
  "Chairman", "Chairwoman", "Chair", "Director", "Advisor", "Adviser", "Spokesman", "Spokeswoman", "Speaker", "Leader",
  "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Duke", "Duchess", "Earl", "Count", "Countess", "Baron",
  "Baroness", "Sultan", "Emir", "Crown", "Chief", "Judge", "Justice", "Attorney-General", "Attorney", "Prosecutor",
  "General", "Gen", "Major-General", "Lieutenant-General", "Brigadier", "Brigadier-General", "Colonel", "Col",
  "Lieutenant", "Lt", "Major", "Maj", "Captain", "Capt", "Commander", "Cmdr", "Admiral", "Adm", "Sergeant", "Sgt",
  "Corporal", "Private", "Marshal", "Field-Marshal", "Inspector", "Superintendent", "Detective", "Constable", "Officer",
  "Professor", "Coach", "Manager", "Chief Executive", "Executive", "CEO", "Chancellor", "Pontiff", "Patriarch",
  "Deputy", "Dictator", "Principal", "Headteacher", "Headmaster", "Headmistress", "Councillor", "Councilor", "Alderman", "Sheriff", "Treasurer", "Comptroller", "Auditor",
  "Solicitor-General", "Lawmaker", "Dem", "Tory", "Solicitor", "Barrister", "Counsel", "Democrat", "Republican", "Officer", "Minister-President", "Secretary-General",
  "Director-General", "Governor-General", "Lieutenant-Colonel", "Lieutenant-Commander", "Vice-Admiral", "Rear-Admiral", "Air-Marshal", "Sergeant-Major", "Lance-Corporal", "Vice-Chairman", "Vice-Premier", "Chief-of-Staff", "Skipper", "Striker", "Midfielder", "MP", "MEP", "Assemblyman", "Delegate", "Consul", "Nuncio", "Regent", "Dalai",
];

/**
 * Capitalised words that head a role before a name: the offices, as elected or named before taking
 * office too ("President-elect", "Ambassador-designate"), and the honorifics.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([...OFFICES, ...OFFICES.flatMap((w) => [`${w}-elect`, `${w}-designate`]), ...HONORIFICS]);

/** Capitalised words that may precede a title head inside a role: "Prime", "Foreign", "Defence". */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  "Prime", "Foreign", "Defence", "Defense", "Home", "Interior", "Finance", "Economy", "Economics", "Trade", "Health",
  "Education", "Justice", "Culture", "Energy", "Environment", "Transport", "Agriculture", "Labour", "Labor", "Industry",
  "Development", "Treasury", "State", "Cabinet", "Security", "National", "International", "Foreign Affairs", "Northern",
  "Deputy", "Vice", "Acting", "Former", "Ex", "Senior", "Junior", "Assistant", "Associate", "Executive", "General",
  "Supreme", "High", "Chief", "Grand", "First", "Lord", "Shadow", "Opposition", "Party", "Presidential", "Press",
  "Communications", "Ruling", "Federal", "Regional", "Provincial", "Army", "Navy", "Air", "Police", "Military", "Crown",
  "Attorney", "Police", "Economic", "Development", "Social", "Affairs", "Communist", "Democratic", "Republican", "Labour",
  "Conservative", "Liberal", "Tory", "Green", "Secretary", "Minister", "Sports", "Sport", "Information", "Fisheries",
  "Planning", "Housing", "Intelligence", "Legal", "Science", "Technology", "Communications", "Budget", "Business",
  "Commerce", "Oil", "Petroleum", "Mines", "Water", "Public", "Works", "Tourism", "Immigration", "Women", "Youth", "Family",
  "Welfare", "Pensions", "Work", "Northern Ireland", "Scottish", "Welsh", "European", "UN", "U.N.", "EU", "NATO", "Majority",
  "Minority", "House", "Senate", "Team", "Club", "Olympic", "Head", "Technical", "Managing", "Finance", "Operating",
  "Financial", "Group", "Joint", "Permanent", "Under-Secretary", "Undersecretary", "Parliamentary", "Cabinet",
]);

/** Lower-case role nouns before a name ("coach Glenn Hoddle") or in an appositive ("…, the team's captain"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  "president", "vice-president", "premier", "minister", "secretary", "chancellor", "governor", "senator", "congressman",
  "congresswoman", "mayor", "ambassador", "envoy", "commissioner", "chairman", "chairwoman", "chair", "director",
  "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "speaker", "leader", "king", "queen", "prince",
  "princess", "judge", "justice", "prosecutor", "lawyer", "attorney", "general", "colonel", "captain", "commander",
  "officer", "inspector", "detective", "professor", "coach", "manager", "executive", "chief", "head", "boss", "owner",
  "founder", "co-founder", "president-elect", "candidate", "nominee", "challenger", "incumbent", "rival", "champion", "champ",
  "titleholder", "player", "striker", "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "full-back",
  "centre-back", "captain", "skipper", "batsman", "bowler", "all-rounder", "spinner", "off-spinner", "leg-spinner",
  "opener", "wicketkeeper", "wicket-keeper", "pitcher", "quarterback", "outfielder", "infielder", "catcher", "jockey",
  "trainer", "driver", "rider", "cyclist", "sprinter", "runner", "athlete", "swimmer", "boxer", "golfer", "seed",
  "veteran", "rookie", "teammate", "team-mate", "compatriot", "countryman", "analyst", "economist", "strategist",
  "trader", "dealer", "banker", "broker", "investor", "entrepreneur", "businessman", "businesswoman", "tycoon",
  "billionaire", "millionaire", "magnate", "mogul", "actor", "actress", "singer", "songwriter", "musician", "rapper",
  "composer", "conductor", "director", "producer", "writer", "author", "novelist", "poet", "playwright", "journalist",
  "reporter", "correspondent", "editor", "columnist", "commentator", "photographer", "artist", "painter", "sculptor",
  "designer", "architect", "comedian", "presenter", "host", "anchor", "broadcaster", "dj", "model", "star", "celebrity",
  "scientist", "researcher", "doctor", "surgeon", "physician", "nurse", "psychologist", "psychiatrist", "lecturer",
  "teacher", "principal", "headteacher", "headmaster", "headmistress", "dean", "provost", "student", "pupil", "historian", "philosopher", "diplomat", "official", "bureaucrat", "politician",
  "lawmaker", "legislator", "mp", "deputy", "delegate", "negotiator", "mediator", "activist", "campaigner", "dissident",
  "opposition", "rebel", "militant", "commander", "soldier", "general", "dictator", "monarch", "emperor", "cleric",
  "priest", "bishop", "archbishop", "cardinal", "pope", "rabbi", "imam", "mullah", "ayatollah", "vicar", "pastor",
  "prisoner", "suspect", "defendant", "accused", "victim", "witness", "plaintiff", "detainee", "hostage", "widow",
  "son", "daughter", "wife", "husband", "brother", "sister", "father", "mother", "uncle", "aunt", "nephew", "niece",
  "cousin", "grandson", "granddaughter", "boyfriend", "girlfriend", "partner", "fiancee", "fiance", "colleague",
  "aide", "assistant", "representative", "deputy", "friend", "successor", "predecessor", "counterpart", "ally", "critic", "opponent", "supporter",
  "economist", "treasurer", "chancellor", "controller", "administrator", "regulator", "auditor", "consultant",
  "secretary-general", "director-general", "attorney-general", "governor-general", "chief-executive", "ceo", "cfo",
  "coo", "cto", "chairperson", "vice-chairman", "vice-chair", "referee", "umpire", "organiser", "organizer", "promoter",
  "agent", "spokesman", "solicitor", "barrister", "counsel", "campaigner", "chef", "presenter", "mate", "hitter", "slugger", "left-hander", "right-hander", "winner", "runner-up",
  "pilot", "cinematographer", "screenwriter", "film-maker", "filmmaker", "choreographer", "magistrate", "backbencher", "goalscorer", "olympian",
  "finisher", "medallist", "medalist", "hurdler", "jumper", "thrower", "miler", "marathoner", "cricketer", "footballer",
  "international", "debutant", "newcomer", "substitute", "replacement", "lock", "flanker", "prop", "hooker", "fly-half",
  "scrum-half", "centre", "wing", "fullback", "half-back", "sweeper", "libero", "playmaker", "shortstop", "reliever",
  "starter", "closer", "left-winger", "right-winger", "novice", "amateur", "professional", "pro", "rider", "owner",
  "guitarist", "bassist", "drummer", "frontman", "frontwoman", "singer-songwriter", "rocker", "crooner", "comedienne",
  "entertainer", "impresario", "magician", "cartoonist", "illustrator", "socialite", "heiress", "supermodel", "superstar",
  "popstar", "pundit", "blogger", "astronaut", "teenager", "youngster", "schoolboy", "schoolgirl", "pensioner",
  "grandmother", "grandfather", "grandma", "grandpa", "granny", "mum", "mom", "dad",
  // Trades and occupations that are no common surname ("Baker", "Potter", "Farmer" are left out).
  "librarian", "archivist", "curator", "electrician", "plumber", "firefighter", "paramedic", "pharmacist", "dentist",
  "vet", "veterinarian", "engineer", "technician", "mechanic", "midwife", "carer", "caretaker", "shopkeeper",
  "publican", "landlady", "postman", "postwoman", "lifeguard", "chaplain", "volunteer", "councillor", "councilor",
  "biologist", "physicist", "geologist", "astronomer", "archaeologist", "epidemiologist", "statistician",
  "mathematician", "accountant", "receptionist", "hairdresser", "beekeeper", "gamekeeper", "zookeeper", "fisherman",
  "harbourmaster", "harbormaster", "stationmaster", "postmaster", "postmistress", "schoolmaster", "schoolteacher",
  "ecologist", "physiotherapist", "therapist", "optician", "surveyor", "paediatrician", "pediatrician", "obstetrician",
]);

/**
 * Lower-case words that make a compound role with a role noun after them: "chief executive", "party
 * leader", "head teacher". Read back from the role noun before a name. Nouns that are verbs as often
 * ("fire", "police", "shop": "fire campaign manager …", "police suspect …") are in `ROLE_COMPOUNDS` instead.
 */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  "deputy", "vice", "assistant", "associate", "acting", "chief", "senior", "national", "security", "foreign", "defence",
  "defense", "team", "head", "general", "managing", "executive", "finance", "economic", "military", "political", "press",
  "club", "former", "interim", "party", "council", "county", "city", "district", "circuit", "school", "prison",
  "station", "parish", "town", "village", "hospital", "medical", "health", "church", "campaign", "project", "programme",
  "program", "research", "branch", "regional", "area", "group", "communications", "marketing", "sales", "operations",
  "technical", "creative", "artistic", "musical", "editorial",
]);

/**
 * Lower-case two-word roles: those whose last word is no role noun alone ("harbour master", "station
 * master"), and those whose first word is no `ROLE_MODIFIERS` ("fire chief", "police officer").
 * Before a name ("harbour master Jo Blum") or heading an appositive they are the person's role.
 */
export const ROLE_COMPOUNDS: ReadonlySet<string> = new Set([
  "harbour master", "harbor master", "station master", "dock master", "lock keeper", "head gardener", "town crier",
  "lollipop lady", "lollipop man", "head porter", "quiz master", "ring master", "dive master",
  "scout leader", "youth worker", "care worker", "social worker", "aid worker", "support worker", "health visitor",
  "estate agent", "travel agent", "civil servant", "lorry driver", "bus driver", "taxi driver", "fire chief",
  "fire officer", "fire commissioner", "fire marshal", "police chief", "police officer", "police constable",
  "police commissioner", "police inspector", "police sergeant", "police detective", "police captain", "police spokesman",
  "police spokeswoman", "police superintendent", "police commander", "union leader", "union official", "union boss",
  "union chief", "union president", "union representative", "union spokesman", "union negotiator", "shop assistant",
  "shop manager", "shop owner", "shop steward", "store manager", "site manager", "union secretary", "union treasurer",
  "union organiser", "union organizer", "union rep", "shipping agent", "insurance agent", "literary agent", "talent agent",
  "sports agent", "booking agent", "letting agent", "property agent", "land agent",
]);

/**
 * Lower-case role nouns that are also adjectives or things ("Comic Relief"): a role only before a
 * name in the same run ("Comic Jo Blum"), never a title on their own.
 */
export const LEAD_ONLY_ROLES: ReadonlySet<string> = new Set(["comic"]);

/**
 * Capitalised party and faction words that say whose side a person is on before the full name
 * ("Conservative Jo Blum", "Labour Jo Blum"): a role, no part of the name. "Democrat", "Republican"
 * and "Tory" are title heads already.
 */
export const AFFILIATIONS: ReadonlySet<string> = new Set([
  "Conservative", "Labour", "Liberal", "Unionist", "Nationalist", "Socialist", "Libertarian", "Progressive", "Centrist",
  "Leftist", "Rightist", "Loyalist", "Royalist", "Monarchist", "Separatist", "Federalist", "Populist", "Whig", "Gaullist",
  "Peronist", "Chavista", "Maoist", "Marxist", "Leninist", "Trotskyist", "Stalinist", "Zionist", "Islamist", "Jihadist",
]);

/** Lower-case words before a capitalised word that make it a role before a name: "the late Beatle Jo Blum", "former Yankee Jo Blum". */
export const MEMBER_BEFORE: ReadonlySet<string> = new Set(["former", "late", "fellow", "ex", "then"]);

/** Lower-case words after a name that show a person speaking or acting. */
export const PERSON_VERBS_AFTER: ReadonlySet<string> = new Set([
  "said", "says", "told", "tells", "added", "adds", "stated", "explained", "noted", "argued", "insisted", "warned",
  "claimed", "admitted", "denied", "wrote", "writes", "tweeted", "asked", "replied", "recalled", "believes", "believed",
  "thinks", "thought", "felt", "feels", "hopes", "hoped", "wants", "wanted", "announced", "confirmed", "urged",
  "married", "died", "resigned", "retired", "smiled", "laughed", "vowed", "pleaded", "testified", "complained",
  "acknowledged", "conceded", "suggested", "predicted", "stressed", "emphasised", "emphasized", "remarked", "declared",
  "scored", "won", "beat", "defeated", "lost", "finished", "shot", "struck", "hit", "carded", "fired", "netted", "headed",
  "equalised", "equalized", "clinched", "captured", "took", "made", "missed", "led",
  "pitched", "homered", "singled", "doubled", "tripled", "bowled", "batted", "dunked", "volleyed", "sprinted", "swam",
]);

/** Capitalised role titles that may stand alone for a person already named: "the Prime Minister". */
export const STANDALONE_TITLES: ReadonlySet<string> = new Set([
  "President", "Prime Minister", "Chancellor", "Premier", "Foreign Secretary", "Home Secretary", "Defence Secretary",
  "Secretary of State", "Foreign Minister", "Pope", "Queen", "King", "Prince", "Princess", "Governor", "Mayor",
  "Attorney General", "Attorney-General", "Speaker", "Taoiseach", "Chief Executive", "Archbishop", "President-elect",
]);

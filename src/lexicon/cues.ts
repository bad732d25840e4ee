// Attribution cues: the verbs and phrases that introduce what someone said or claimed, grouped by
// the frame they take, plus the pronouns, role nouns and title words a speaker is written with.
// A general English lexicon, not a list drawn from any corpus.

import { alternation, WEEKDAYS } from "./calendar.ts";
import { ROLE_NOUNS as PERSON_ROLE_NOUNS } from "./titles.ts";

/** How a cue verb takes its content. */
export type CueFrame =
  /** "X said (that) …", "…, X said": a clause, with or without "that". */
  | "clause"
  /** "X told Y (that) …", "X warned Y that …": an addressee first, then the clause. */
  | "addressee"
  /** "X denied the claim", "X called the company a Trojan horse": a noun phrase (or clause) as content. */
  | "object"
  /** "the poll shows …", "the study found that …": only with a that-clause or a document-like subject. */
  | "evidence";

function forms(frame: CueFrame, lemmas: string): Array<[string, CueFrame]> {
  const out: Array<[string, CueFrame]> = [];
  for (const group of lemmas.trim().split(/\s+/)) {
    // "say/says/said/saying": the first form is listed, the rest are its inflections.
    for (const w of group.split("/")) out.push([w, frame]);
  }
  return out;
}

/**
 * Verbs of saying by its manner, cues of a quotation only ("“Out!” he yelled", "the crowd chanted,
 * “…”"): without one, "the crowd chanted slogans" or "he repeated the line" is a stance at most
 * (attribution-svo.ts). Forms more often nouns ("shouts", "cries", "echoes") are left out.
 */
export const MANNER_OF_SPEAKING: ReadonlySet<string> = new Set([
  "shouted", "shouting", "yelled", "yelling", "screamed", "screaming", "whispered", "whispering", "muttered", "muttering",
  "exclaimed", "exclaiming", "exclaims", "yells", "mutters", "chanted", "chanting", "retorted", "retorting", "retorts", "interjected",
  "interjecting", "snapped", "thundered", "gushed", "marveled", "marvelled", "marvels", "mused", "muses", "cried",
  "repeated", "reiterated", "reiterates", "echoed", "cracked", "sighed", "shrugged", "laughed", "cheered", "pleaded",
  "exhorted", "implored", "bellowed", "roared", "boomed",
]);

/** Every cue word form (lower case) and its frame. */
export const CUE_VERBS: ReadonlyMap<string, CueFrame> = new Map([
  ...forms("clause", `
    say/says/said/saying add/adds/added/adding claim/claims/claimed/claiming stated/stating
    reveal/reveals/revealed/revealing explain/explains/explained/explaining insist/insists/insisted/insisting
    argue/argues/argued/arguing notes/noted/noting observe/observes/observed/observing
    suggest/suggests/suggested/suggesting announce/announces/announced/announcing declare/declares/declared/declaring
    reports/reported/reporting write/writes/wrote/writing tweet/tweets/tweeted/tweeting
    acknowledge/acknowledges/acknowledged/acknowledging admit/admits/admitted/admitting
    allege/alleges/alleged/alleging contend/contends/contended/contending maintain/maintains/maintained
    predict/predicts/predicted/predicting conclude/concludes/concluded/concluding confirm/confirms/confirmed/confirming
    recall/recalls/recalled/recalling respond/responds/responded/responding reply/replies/replied/replying
    continue/continues/continued joke/jokes/joked quip/quips/quipped stress/stresses/stressed/stressing
    emphasise/emphasises/emphasised emphasize/emphasizes/emphasized complain/complains/complained/complaining
    concede/concedes/conceded/conceding boast/boasts/boasted/boasting brag/brags/bragged/bragging estimate/estimates/estimated
    agree/agrees/agreed assert/asserts/asserted/asserting testify/testifies/testified/testifying
    ask/asks/asked/asking wonder/wonders/wondered posted posts write-in
    think/thinks/thought believe/believes/believed fear/fears/feared hope/hopes/hoped
    learn/learns/learned/learnt
  `),
  ...forms("addressee", `
    tell/tells/told/telling inform/informs/informed assure/assures/assured/assuring remind/reminds/reminded/reminding
    advise/advises/advised/advising caution/cautions/cautioned/cautioning warn/warns/warned/warning
  `),
  ...forms("object", `
    deny/denies/denied/denying call/calls/called/calling accuse/accuses/accused/accusing
    criticise/criticises/criticised/criticising criticize/criticizes/criticized/criticizing
    praise/praises/praised/praising endorse/endorses/endorsed/endorsing reject/rejects/rejected/rejecting
    dismiss/dismisses/dismissed/dismissing blame/blames/blamed/blaming urge/urges/urged/urging
    promise/promises/promised/promising pledge/pledges/pledged/pledging vow/vows/vowed/vowing
    propose/proposes/proposed/proposing describe/describes/described/describing
    condemn/condemns/condemned/condemning slam/slams/slammed/slamming blast/blasts/blasted/blasting
    defend/defends/defended/defending question/questions/questioned/questioning dispute/disputes/disputed
    decry/decries/decried attacked/attacking answers/answered/answering
  `),
  ...forms("evidence", `
    show/shows/showed/shown/showing find/finds/found indicate/indicates/indicated/indicating
  `),
]);

/** Adjectives that take "to" and a verb of saying, whose subject says it: "likely to say", "quick to point out". */
export const ADJECTIVE_TO = /^(?:likely|unlikely|quick|eager|careful|willing|reluctant|ready|happy|hesitant|keen|anxious)$/;

/** Cues after which a clause must be present: their bare use ("he added", "she agreed") is no claim unless quoted. */
export const NEEDS_THAT = new Set(["add", "learn", "learns", "learned", "learnt", "agree", "agrees", "agreed", "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears", "feared", "hope", "hopes", "hoped", "warn", "warns", "warned", "warning", "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "indicate", "indicates", "indicated", "indicating", "posted", "posts", "continue", "continues", "continued", "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "respond", "responds", "responded", "responding", "estimate", "estimates", "estimated", "maintain", "maintains", "maintained"]);

/** Cues that follow a quotation on their own ("…,” he continued.), or introduce one after a colon. */
export const QUOTE_ONLY_OK = new Set(["continue", "continues", "continued", "ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "respond", "responds", "responded", "responding", "answered", "answers", "joke", "jokes", "joked", "quip", "quips", "quipped", "posted", "posts", "read", "reads", "warned", "warns", "agreed", "agrees", "added", "adds", "adding", "maintain", "maintains", "maintained"]);

/** Verbs that attribute a quotation to a document: "…,” the statement read. */
export const READ_CUES = new Set(["read", "reads", "stated", "states", "said", "says"]);

/** Cue forms that are also nouns: "that report", "this claim" are no cues. */
export const NOUN_HOMOGRAPHS = new Set([
  "report", "reports", "claim", "claims", "call", "calls", "question", "questions", "attack", "attacks", "promise",
  "promises", "pledge", "pledges", "vow", "vows", "praise", "blame", "estimate", "estimates", "warning", "hope", "hopes",
  "fear", "fears", "note", "notes", "post", "posts", "tweet", "tweets", "statement", "finding", "findings", "show",
  "shows", "proposal", "dispute", "denial", "reply", "replies", "response", "answer", "answers", "joke", "jokes", "quip", "concern", "writing",
]);

/** Where or when something is said, after "on": "criticized on Twitter", "on social media", "on Monday" (no particle then). */
export const ON_MEDIUM = new RegExp(`^(?:twitter|facebook|instagram|social|television|tv|radio|air|camera|stage|cnn|fox|msnbc|abc|cbs|nbc|${alternation(WEEKDAYS)})$`);
/** How something is said after "by", which is no agent: "announced by email", "confirmed by phone". */
export const BY_MEDIUM = /^(?:phone|telephone|email|e-mail|text|letter|video|mail|fax|satellite|videolink|twitter)$/;

/** Auxiliaries, negation and adverbs that may sit between a speaker and the cue: "has long claimed". */
export const BETWEEN_SUBJECT_AND_CUE = new Set([
  "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "may", "might", "should", "must",
  "shall", "did", "does", "do", "also", "later", "then", "once", "further", "long", "already", "again", "still", "often",
  "previously", "recently", "reportedly", "repeatedly", "publicly", "privately", "explicitly", "vehemently", "flatly",
  "firmly", "strongly", "openly", "loudly", "quietly", "simply", "just", "even", "now", "first", "since", "ever",
  "subsequently", "separately", "similarly", "likewise", "too", "initially", "originally", "famously", "been", "always", "sometimes", "usually", "typically", "generally", "consistently", "overall", "earlier", "yesterday", "finally", "eventually", "ultimately", "immediately", "quickly", "promptly", "soon", "afterward", "afterwards", "together", "jointly",
]);

/** A finite auxiliary or modal: "is", "has", "will", "could", "did" … (a clause's verb is here, or just after). */
export const FINITE_AUXILIARY = /^(?:is|was|are|were|has|had|have|will|would|could|can|may|might|should|must|does|did|do)$/;

/** Two-word sentence adverbials that may stand between commas after a subject: "Voters, in particular, …". */
export const ADVERB_PHRASES: ReadonlySet<string> = new Set(["in particular", "for example", "for instance", "in turn", "of course", "in fact", "at least", "for now", "by contrast", "in contrast", "in response", "after all", "in general", "in short", "above all"]);

/** Sentence adverbs that may sit between a speaker and the cue, bare or between commas: "Smith, however, said". */
export const SENTENCE_ADVERBS = new Set([
  "however", "meanwhile", "though", "nonetheless", "nevertheless", "instead", "therefore", "thus", "too", "also",
  "moreover", "furthermore", "indeed", "meantime",
]);

export const NEGATION = new Set(["not", "never", "n't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "cannot", "can't", "couldn't", "isn't", "aren't", "wasn't", "weren't", "shouldn't", "mustn't", "no"]);

/** Contracted negations of "be", auxiliaries of a passive or a progressive: "wasn't backed", "isn't saying". */
export const NEGATED_BE = /^(?:isn't|aren't|wasn't|weren't)$/;

/** Personal pronouns that can be a speaker. */
export const SPEAKER_PRONOUNS = new Set(["he", "she", "they", "we", "i", "it", "you"]);
export const PERSON_PRONOUNS = new Set(["he", "she", "i"]);
/** Indefinite pronouns for people, who speak like a pronoun: "Then someone asked how …", "everyone agreed that …". */
export const INDEFINITE_SPEAKER = /^(?:someone|somebody|everyone|everybody|anyone|anybody|nobody)$/;

/**
 * Articles: a speaker that is only one of them names nobody ("The focus has been on …"). Not the
 * possessives: "Her criticism of …" is hers.
 */
export const BARE_DETERMINERS = new Set(["the", "a", "an", "every", "no"]);

/** An article: "the", "a", "an". */
export const ARTICLE = /^(?:the|a|an)$/;

/** An article or a possessive that opens a noun phrase: "the fares", "a judge", "his plan". */
export const ARTICLE_OR_POSSESSIVE = /^(?:the|a|an|his|her|their|its)$/;

/** Determiners and quantifiers that may open a speaker noun phrase. */
export const DETERMINERS = new Set([
  "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some", "many",
  "several", "other", "another", "both", "all", "most", "few", "two", "three", "four", "five", "one", "each", "every",
  "such", "no", "any", "more", "fellow",
]);

/**
 * Words of the people lexicon's roles that are as often no person in a subject ("the seed", "a
 * model", "the host nation", "forward", "general"): kept out of the speaker nouns.
 */
const NOT_SPEAKER_ROLES = new Set([
  "general", "head", "seed", "forward", "lock", "prop", "wing", "centre", "closer", "starter", "international",
  "professional", "pro", "mate", "agent", "model", "star", "host", "opposition", "accused", "keeper", "runner",
  "champion", "replacement", "substitute", "sweeper", "hitter", "finisher", "opener", "catcher", "jumper", "thrower",
  "hooker", "libero", "amateur", "novice", "principal", "counsel", "dj", "mp", "winner", "runner-up", "rider",
  "trainer", "driver", "pitcher", "bowler", "spinner", "dealer", "conductor", "producer", "designer", "artist",
  "successor", "predecessor", "lead", "reliever", "debutant", "newcomer", "grandma", "grandpa", "mum", "mom", "dad",
]);

/**
 * The speaker nouns above with the people lexicon's occupations and their plurals ("the librarian
 * said", "nurses say"), so that a speaker is found by the same roles a person is named with.
 */
function withOccupations(nouns: string[]): Set<string> {
  const out = new Set(nouns);
  for (const w of PERSON_ROLE_NOUNS) {
    if (NOT_SPEAKER_ROLES.has(w) || w.includes("-")) continue;
    out.add(w);
    out.add(/(?:s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /man$/.test(w) ? `${w.slice(0, -3)}men` : `${w}s`);
  }
  return out;
}

/** Nouns that name a speaker by role or kind: "officials said", "the newspaper reported". */
export const ROLE_NOUNS: ReadonlySet<string> = withOccupations([
  "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "source", "sources",
  "aide", "aides", "adviser", "advisers", "advisor", "advisors", "chief", "chiefs", "minister", "ministers",
  "secretary", "president", "director", "leader", "leaders", "officer", "officers", "analyst", "analysts",
  "expert", "experts", "lawyer", "lawyers", "attorney", "attorneys", "prosecutor", "prosecutors", "police",
  "statement", "report", "reports", "newspaper", "paper", "agency", "government", "administration", "ministry",
  "department", "campaign", "committee", "panel", "panels", "critics", "critic", "supporters", "supporter", "residents", "voters",
  "poll", "polls", "survey", "study", "studies", "data", "figures", "research", "researchers", "scientists",
  "witnesses", "witness", "authorities", "democrats", "republicans", "candidate", "candidates", "nominee",
  "governor", "senator", "senators", "lawmakers", "legislators", "congressman", "congresswoman", "representative",
  "chairman", "chairwoman", "chair", "executive", "executives", "founder", "manager", "managers", "team", "staff",
  "party", "company", "firm", "group", "organisation", "organization", "union", "council", "court", "judge",
  "judges", "average", "averages", "footage", "photo", "photos", "image", "images", "chart", "slide", "letter", "memo", "message", "tweet", "post", "website", "site", "document", "documents", "filing",
  "release", "announcement", "article", "story", "editorial", "column", "columnist", "commentator", "pollster",
  "pollsters", "strategist", "strategists", "operative", "insiders", "insider", "observers", "diplomats", "diplomat",
  "people", "person", "man", "woman", "men", "women", "members", "member", "mayor", "ambassador", "envoy", "commander",
  "general", "head", "boss", "coach", "player", "players", "manager", "owner", "owners", "economist", "economists",
  "doctor", "doctors", "officials'", "board", "bank", "regulator", "regulators", "investigators", "investigator",
  "aides", "allies", "ally", "opponents", "opponent", "rival", "rivals", "activists", "activist", "campaigners",
  "friends", "family", "relatives", "colleagues", "friend", "colleague", "partner", "neighbor", "neighbors", "neighbour",
  "neighbours", "wife", "husband", "widow", "widower", "son", "sons", "daughter", "daughters", "mother", "father",
  "parents", "brother", "brothers", "sister", "sisters", "children", "cousin", "uncle", "aunt", "grandmother",
  "grandfather", "girlfriend", "boyfriend", "fiance", "fiancee", "counterpart", "counterparts", "host", "moderator", "surrogate",
  "surrogates", "advocates", "backer", "backers", "loyalists", "loyalist", "boosters", "detractors", "skeptics",
  "sceptics", "proponents", "proponent", "foes", "staffers", "staffer", "operatives", "shareholders", "groups",
  "unions", "parties", "companies", "firms", "journalist", "journalists",
  "reporter", "reporters", "correspondent", "editor", "editors", "network", "channel", "broadcaster", "outlet",
  "magazine", "daily", "tabloid", "wire", "analysis", "numbers", "results", "findings", "evidence", "records",
  "polling", "estimates", "projections", "model", "forecast", "audit", "inquiry", "review", "investigation",
  "complaint", "lawsuit", "suit", "ruling", "decision", "bill", "law", "plan", "proposal", "platform", "ad", "ads",
  "video", "book", "interview", "speech", "remarks", "transcript", "notice", "citizens", "americans", "britons",
  "commission", "agencies", "institute", "center", "centre", "association", "federation", "foundation",
  "nation", "country", "countries", "state", "states", "city", "authority", "house", "senate", "parliament",
  "congress", "cabinet", "service", "force", "military", "army", "troops", "office", "bureau", "federal", "feds",
  // Shares of a poll's respondents: "47 percent said", "nearly half said", "a third said".
  "percent", "per", "cent", "%", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "majority",
  "minority", "plurality", "respondents", "participants", "adults", "likely", "registered", "dozens", "hundreds",
  "thousands", "millions", "others", "most", "few",
  // Publics and circles of people: "the media reported", "the party leadership fears".
  "media", "electorate", "leadership", "camp", "faction", "factions", "circle", "community",
  "communities", "movement", "organizations", "organisations", "outlets", "legislature", "legislatures", "attendees",
  "associates", "associate", "moderators", "speechwriter", "superdelegate", "caucusgoers", "caucus-goers",
  // People by occupation or standing in politics and public life.
  "agent", "agents", "trooper", "troopers", "guard", "guards", "sheriff", "sheriffs", "marshal", "marshals", "ranger",
  "rangers", "clerk", "clerks", "farmer", "farmers", "worker", "workers", "employee", "employees", "resident",
  "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
  "lawmaker", "hopeful", "hopefuls", "contender", "contenders", "challenger", "incumbent", "frontrunner", "front-runner",
  "voter", "donor", "donors", "billionaire", "businessman", "businesswoman", "mogul", "tycoon", "star", "actor",
  "actress", "anchor", "pundit", "pundits", "professor", "historian", "scholar", "scholars", "author", "writer",
  "blogger", "pastor", "priest", "bishop", "veteran", "veterans", "delegate", "delegates", "superdelegates", "nominees",
  "governors", "mayors", "ministers", "presidents", "chiefs", "heads", "presenter", "comedian", "celebrity", "celebrities",
  "entrepreneur", "investor", "investors", "banker", "bankers", "lobbyist", "lobbyists", "consultant", "consultants",
  "adviser's", "aide's", "speaker", "conservatives", "liberals", "progressives", "moderates", "evangelicals",
  "independents", "protesters", "demonstrators", "students", "parents", "workers", "employees", "immigrants",
  "republican", "democrat", "conservative", "liberal", "progressive", "libertarian", "socialist",
]);

/** Role nouns that are documents or outlets: a quotation "read" in them, "the newspaper" resolves to an outlet. */
export const OUTLET_NOUNS = new Set(["newspaper", "paper", "magazine", "daily", "tabloid", "network", "channel", "broadcaster", "outlet", "wire", "website", "site"]);
export const DOCUMENT_NOUNS = new Set(["average", "averages", "footage", "photo", "photos", "image", "images", "chart", "slide", "map", "records", "polling", "census", "tally", "count", "estimates", "projections", "model", "forecast", "audit", "inquiry", "review", "investigation", "statement", "report", "letter", "memo", "message", "tweet", "post", "document", "filing", "release", "announcement", "article", "story", "editorial", "column", "poll", "survey", "study", "data", "figures", "research", "analysis", "numbers", "results", "findings", "evidence", "notice", "transcript", "ruling", "complaint", "lawsuit", "ad", "video", "book", "email", "e-mail", "search", "math", "arithmetic", "record", "tape", "recording", "testimony", "calculation", "disclosure", "database", "spreadsheet"]);

/** Group-like role nouns: the speaker type "group". */
export const GROUP_NOUNS = new Set(["officials", "sources", "aides", "advisers", "advisors", "critics", "supporters", "residents", "voters", "experts", "analysts", "lawyers", "prosecutors", "police", "witnesses", "authorities", "democrats", "republicans", "lawmakers", "legislators", "senators", "executives", "insiders", "observers", "diplomats", "people", "members", "leaders", "allies", "opponents", "rivals", "activists", "campaigners", "citizens", "americans", "britons", "investigators", "researchers", "scientists", "economists", "pollsters", "strategists", "journalists", "reporters", "officers", "officials'", "some", "others", "many", "both",
  "parents", "teachers", "students", "doctors", "nurses", "workers", "families", "farmers", "fishermen", "locals", "shoppers",
  "commuters", "fans", "protesters", "demonstrators", "patients", "employees", "staff", "owners", "consumers", "readers",
  "viewers", "customers", "passengers", "travellers", "travelers", "volunteers", "organisers", "organizers", "neighbours",
  "neighbors", "survivors", "victims", "relatives", "pupils", "tenants", "landlords", "retailers", "traders", "investors",
  "developers", "makers", "creators", "designers", "builders", "inventors", "producers", "publishers", "operators",
  "manufacturers", "sponsors", "planners", "users", "buyers", "sellers", "drivers"]);

/** Title words that precede a person's name: "US Secretary of State Mike Pompeo" → "Mike Pompeo". */
export const TITLE_WORDS = new Set([
  "President", "Vice", "Prime", "Minister", "Secretary", "State", "Defence", "Defense", "Foreign", "Home", "Health",
  "Chancellor", "Senator", "Sen.", "Rep.", "Representative", "Governor", "Gov.", "Mayor", "Judge", "Justice", "Chief",
  "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant",
  "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Professor", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady", "King",
  "Queen", "Prince", "Princess", "Pope", "Rev.", "Reverend", "Father", "Sister", "Speaker", "Leader", "Ambassador",
  "Commissioner", "Director", "Chairman", "Chairwoman", "Chair", "CEO", "Attorney", "Deputy", "Acting", "Former",
  "former", "Senior", "Assistant", "Under", "Security", "National", "Adviser", "Advisor", "Treasury", "Commerce",
  "Energy", "Education", "Labor", "Labour", "Interior", "Transport", "Trade", "Finance", "Economy", "Environment",
  "Justice", "Agriculture", "Culture", "Sports", "Culture", "Communications", "Cabinet", "Office", "Officer",
  "Democratic", "Republican", "Conservative", "Liberal", "Democrat", "GOP", "Tory", "Labour", "Independent",
  "Presidential", "candidate", "nominee", "hopeful", "Congressman", "Congresswoman", "Councillor", "MP", "MEP",
  "US", "U.S.", "UK", "U.K.", "EU", "UN", "British", "American", "French", "German", "Russian", "Chinese",
  "Canadian", "Australian", "Irish", "Scottish", "Welsh", "Indian", "Japanese", "Israeli", "Iranian", "Turkish",
  "Italian", "Spanish", "Mexican", "Brazilian", "Ukrainian", "European", "Federal", "White", "House", "of", "the",
]);

/** Words that open an adverbial rather than a speaker at the start of a clause: "In November, …". */
export const CLAUSE_OPENERS = new Set([
  "in", "on", "at", "after", "before", "during", "since", "until", "when", "while", "as", "however", "but", "and", "so",
  "yet", "meanwhile", "earlier", "later", "last", "this", "then", "still", "also", "now", "today", "yesterday",
  "moreover", "furthermore", "instead", "indeed", "separately", "previously", "recently", "speaking", "asked",
  "although", "though", "because", "if", "for", "with", "without", "from", "by", "under", "over", "of", "to",
  "overall", "otherwise", "once", "whenever", "whereas", "unless", "likewise", "nonetheless", "nevertheless",
]);

/** Words that close a speaker phrase scanning backwards: verbs, prepositions and conjunctions that cannot be inside it. */
export const NP_STOP = new Set([
  "that", "which", "who", "whom", "whose", "what", "when", "where", "why", "how", "if", "because", "while", "as", "than",
  "to", "for", "with", "by", "from", "into", "onto", "about", "after", "before", "but", "or", "nor", "so", "yet",
  "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
  "could", "can", "may", "might", "should", "must", "shall", "not", "also", "this", "it", "there", "here",
  "since", "until", "unless", "although", "though", "whereas", "whether",
]);

/** Capitalised words that make a name an organisation or place, not a person: "Downing Street", "United States". */
export const NOT_PERSON_WORDS = new Set([
  "Street", "States", "Kingdom", "House", "Party", "Council", "Agency", "Union", "Committee", "Ministry", "Department",
  "Office", "Bank", "Court", "Commission", "Association", "Institute", "University", "College", "School", "Hospital",
  "Company", "Corporation", "Group", "Network", "Times", "Post", "News", "Journal", "Foundation", "Fund", "Center",
  "Centre", "Administration", "Government", "Senate", "Congress", "Parliament", "Assembly", "Army", "Navy", "Force",
  "Police", "Service", "Services", "Authority", "Board", "Federation", "Organisation", "Organization", "Campaign",
  "Republicans", "Democrats", "Republican", "Democratic", "Club", "League", "Inc", "Ltd", "Corp", "Airlines", "Motors",
  "City", "County", "State", "Republic", "Nations", "America", "Europe", "Africa", "Asia", "Island", "Islands", "Valley",
  "Media", "Press", "Review", "Magazine", "Daily", "Radio", "Television", "Channel", "Hall", "Square", "Road", "Avenue",
]);

/** Intentions held in the progressive, only after "be": "is hoping to", "were looking to win". */
export const PROGRESSIVE_INTENT: ReadonlySet<string> = new Set(["hoping", "looking", "seeking", "planning", "aiming", "wanting", "intending"]);
/** A form of "be", contracted or not: "is", "been", "they're" (before a progressive: "is hoping"). */
export const BE_FORM = /^(?:is|are|was|were|be|been|being|am|['’]s|['’]re|['’]m)$/;

/** Words of degree before an adjective or a participle: "is deeply sceptical of", "were more likely to", "is widely known". */
export const DEGREE: ReadonlySet<string> = new Set(["very", "so", "as", "too", "twice", "more", "less", "most", "least", "far", "much", "quite", "rather", "still", "also", "even", "now", "already", "long", "always", "often", "not", "n't", "never", "increasingly", "deeply", "highly", "openly", "publicly", "privately", "clearly", "sharply", "fiercely", "particularly", "especially", "equally", "somewhat", "extremely", "fairly", "largely", "generally"]);

/** Nouns in -ly, which are no adverbs: "The family said", "A source close to the family said". */
const LY_NOUNS = new Set(["family", "assembly", "rally", "ally", "supply", "anomaly", "monopoly", "bully", "folly", "homily", "butterfly", "melancholy"]);
/** A lower-case adverb in -ly ("quietly", "considerably"), not a noun such as "family". */
export const isLy = (t: { low: string; cap: boolean }): boolean => !t.cap && t.low.length > 4 && t.low.endsWith("ly") && !LY_NOUNS.has(t.low);

/** A word of degree, or a lower-case adverb in -ly ("slightly", "considerably"). */
export function degreeWord(t: { low: string; cap: boolean } | undefined): boolean {
  return !!t && (DEGREE.has(t.low) || isLy(t));
}

/** Verbs of causing whose object does what follows "to": "led allies to worry", "prompted voters to back …", "was prompted to say". */
export const CAUSATIVE = /^(?:lead|leads|led|leading|prompt|prompts|prompted|prompting|cause|causes|caused|causing|spur|spurs|spurred|spurring|drove|driven|inspired|motivated)$/;

/** Verbs of aspect: "began to criticize", "continues gaining". */
export const ASPECT = /^(?:began|begun|begin|begins|started|start|starts|continued|continue|continues)$/;
/** Verbs of aspect before an -ing form, those above and "kept", "resumed": "began calling", "kept attacking". */
export const ASPECT_BEFORE_ING = new RegExp(`${ASPECT.source}|^(?:kept|keeps|keep|resumed|resumes)$`);

/** Verbs of intention taking "to": "X wants to …" is what X wants ("like" and "love" only after "would": `WOULD_LIKE`). */
export const INTENT_VERBS = new Set([
  "like", "love", ...PROGRESSIVE_INTENT,
  "want", "wants", "wanted", "plan", "plans", "planned", "intend", "intends", "intended", "vow", "vows", "vowed",
  "pledge", "pledges", "pledged", "promise", "promises", "promised", "refuse",
  "refuses", "refused", "hope", "hopes", "hoped", "seek", "seeks", "sought", "aim", "aims", "aimed", "expect", "expects",
  "decline", "declines", "declined", "offer", "offers", "offered", "agree", "agrees", "agreed", "wish", "wishes", "wished",
]);

/** "would like to", "'d love to": the only way "like" and "love" state an intention. */
const WOULD_LIKE = /^(?:would|'d|’d|should)$/;

/** Whether `low`, after the word `prev`, is a verb of intention before "to": "wants", "is hoping", "would like" (not ", hoping"). */
export function intentVerb(low: string, prev: string | undefined): boolean {
  if (!INTENT_VERBS.has(low)) return false;
  if (PROGRESSIVE_INTENT.has(low)) return BE_FORM.test(prev ?? "");
  return low === "like" || low === "love" ? WOULD_LIKE.test(prev ?? "") : true;
}

/** Base forms that take a that-clause ("I think that …"); inflected verbs ending -s/-ed qualify by their form. */
export const COMPLEMENT_VERBS = new Set([
  "believe", "think", "know", "knew", "feel", "felt", "fear", "hope", "expect", "argue", "insist", "suggest", "realize",
  "realise", "understand", "understood", "agree", "doubt", "suspect", "worry", "predict", "acknowledge", "recognize",
  "recognise", "see", "saw", "hear", "heard", "learn", "learnt", "claim", "assume", "figure", "guess", "bet", "wish",
  "warn", "find", "found", "notice", "note", "decide", "ensure", "show", "prove", "mean", "meant", "say", "tell", "told",
  "wrote", "write", "thought", "admit", "concede", "contend", "maintain", "conclude", "emphasize", "stress", "remember",
  "recall", "forget", "forgot", "imagine", "pretend", "demand", "propose", "recommend", "announce", "confirm", "deny",
]);

/** Whether a verb form carries an ending (-s, -ed, -ing): "backs", "backed", "backing"; not "back", nor "discuss" or "address". */
export function inflected(low: string): boolean {
  return /(?:[^s]s|ed|ing)$/.test(low);
}

/** Regular inflections of a verb lemma: base, -s, -ed, -ing (with the usual spelling changes). */
function inflect(lemma: string): string[] {
  const out = [lemma];
  const cvc = /[^aeiou][aeiou][bdgmnprt]$/.test(lemma) && lemma.length <= 4;
  if (/(?:s|sh|ch|x|z)$/.test(lemma)) out.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ies`);
  else out.push(`${lemma}s`);
  // "agree" → "agreed", "agreeing"; "see" is irregular ("seed" is no form of it, and "seeing" is
  // mostly perception, listed where it is a stance).
  if (lemma.endsWith("ee")) out.push(...(lemma.length > 3 ? [`${lemma}d`, `${lemma}ing`] : []));
  else if (lemma.endsWith("e")) out.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) out.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else if (cvc) out.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
  else out.push(`${lemma}ed`, `${lemma}ing`);
  // Longer verbs double the consonant when the last syllable is stressed ("referred", not "offerred"):
  // both spellings are listed, the wrong one never occurs.
  if (!cvc && /[^aeiou][aeiou][bdgmnprt]$/.test(lemma)) out.push(`${lemma}${lemma.slice(-1)}ed`, `${lemma}${lemma.slice(-1)}ing`);
  // A short verb that opens with a vowel may be stressed first ("opened", "edited", but "omitted").
  if (cvc && /^[aeiou]/.test(lemma)) out.push(`${lemma}ed`, `${lemma}ing`);
  return out;
}

/** A set of verb forms: each lemma in `lemmas` inflected regularly, plus the irregular forms listed. */
function verbForms(lemmas: string, irregular = ""): ReadonlySet<string> {
  return new Set(lemmas.trim().split(/\s+/).flatMap(inflect).concat(irregular.split(" ").filter(Boolean)));
}

/** Stance verbs that take a bare clause ("he thinks Trump is wrong"): their content runs to the clause end. */
export const CLAUSAL_STANCE: ReadonlySet<string> = verbForms(
  `
  think believe know feel fear hope expect doubt suspect assume guess figure worry realize realise understand imagine
  wish predict forecast project estimate calculate imply hint signal demonstrate prove acknowledge concede admit
  confess insist maintain contend argue claim allege assert observe explain announce declare proclaim confirm
  indicate suggest show find wonder recall remember agree recognize recognise
  `,
  "knew thought felt found understood",
);

/** The lemmas of FRAME_AS, which are stance verbs too. */
const FRAME_LEMMAS = "cast paint depict frame identify";

/**
 * Verbs whose object or complement is a stance held or voiced by the subject: what someone thinks,
 * wants, backs, opposes, attacks or praises, and speech acts beyond the cue verbs above. Lemmas are
 * inflected regularly; irregular forms are listed after the slash.
 */
export const STANCE_VERBS: ReadonlySet<string> = verbForms(
  `
  mock ridicule deride dismiss attack criticize criticise slam blast denounce decry condemn assail lambaste
  praise laud tout hail applaud celebrate commend salute thank congratulate credit blame fault accuse charge
  defend justify champion embrace endorse back support favor favour oppose resist reject fight challenge question
  doubt distrust trust respect admire appreciate welcome love hate dislike prefer want
  mention discuss cite reference highlight emphasize emphasise underscore stress outline detail list describe
  characterize characterise portray label brand dub compare liken equate link attribute
  refer point talk speak echo repeat reiterate restate recall compliment remember forget regret lament bemoan apologize apologise
  answer rebut counter demand request urge press invite encourage dare threaten offer propose recommend
  advocate pledge promise vow unveil publish retweet share sign introduce
  disclose expose reveal predict forecast project calculate estimate imply hint signal demonstrate prove
  view consider regard deem recognize recognise realize realise understand see imagine expect fear hope wish
  suspect assume guess figure know feel think believe worry chant shout yell scream cheer boo heckle interrupt
  vote nominate appoint plan intend aim seek refuse decline agree disagree
  acknowledge concede admit confess insist maintain contend argue claim allege assert observe explain
  announce declare proclaim confirm deny indicate suggest show find ask wonder tell warn remind
  express focus ignore order allow coin rail distance sue block devote avoid intimate trumpet savage articulate
  clarify lash balk utter speculate muse contrast promote reaffirm air rebuke confront interject protest invoke lobby
  target pander demur disavow renounce repudiate scold chide berate insult taunt rip knock
  rebuff envision castigate excoriate skewer pillory chastise admonish belittle disparage malign vilify lambast
  ${FRAME_LEMMAS}
  downplay refute scoff herald bash trash despise detest loathe mull spurn snub shun reassure grill pooh-pooh
  `,
  "knew known saw thought felt found sought wrote spoke spoken campaigned",
);

/**
 * Idioms of stance built on a common verb, each read as a run of words: the verb's lemma (inflected,
 * irregular forms after a slash), then alternatives split by "|", a word in brackets optional. The
 * word marked "*" is the idiom's trigger: a sentence without it is not read for the idiom.
 */
const PHRASAL_STANCE_SPEC = [
  "take/took/taken (a) *aim|swipe|swipes|shot|shots|jab|jabs|dig|digs|potshot|potshots at",
  "make/made no *secret of",
  "come/came *out against|for",
  "come/came *out in support|favor|favour of",
  "cast *doubt on|over|upon",
  "*single out",
  "*push for",
  "*comment on",
  "*call out",
  "*respond to",
  "*reply to",
  "*push back on|against|at",
  "*sound off on|about|against",
  "*weigh in on",
  "*vouch for",
  "*spar over|on",
  "*shrug off",
  "*brush aside|off",
  "take/took/taken (full|sole|some|no) *credit for",
  "make/made no *apology|apologies for",
  "shoot/shot *back at|that",
  "hit *back at|that",
  "fire *back at|that",
  "walk *back",
  "double *down on",
  "throw/threw/thrown his|her|their|its *support|weight behind",
  "open *up about",
];

/** One word of an idiom: the forms it may take, whether it may be left out, whether it triggers the idiom. */
export interface IdiomWord {
  forms: ReadonlySet<string>;
  optional: boolean;
  trigger: boolean;
}

/** The idioms of PHRASAL_STANCE_SPEC, parsed: "took aim at", "has made no secret of", "came out against". */
export const PHRASAL_STANCE: readonly (readonly IdiomWord[])[] = PHRASAL_STANCE_SPEC.map((spec) =>
  spec.split(" ").map((w, k) => {
    const trigger = w.includes("*");
    const optional = w.startsWith("(");
    const bare = w.replace(/[*()]/g, "");
    if (k > 0) return { forms: new Set(bare.split("|")), optional, trigger };
    const [lemma = "", ...irregular] = bare.split("/");
    return { forms: new Set([...inflect(lemma), ...irregular]), optional, trigger };
  }),
);

/** Verbs that take an object and its complement after "as": "see X as Y", "dismissed the plan as a stunt". */
export const REGARD_AS: ReadonlySet<string> = verbForms(
  `
  see view regard describe portray paint cast brand dismiss label characterize characterise depict frame hail tout
  deride denounce mock ridicule praise criticize criticise attack slam blast
  `,
  "saw seen seeing labelled labelling",
);

/**
 * Stance verbs that frame their object only with a complement ("cast himself as an outsider",
 * "painted her rival as a job-killer", "cast a ballot for Sanders"): "cast their ballots" or
 * "painted a different picture" says nothing of anyone.
 */
export const FRAME_AS: ReadonlySet<string> = verbForms(FRAME_LEMMAS);

/** Verbs that name their object, with the name right after it: "called Palin a “clown”". */
export const NAMING_VERBS: ReadonlySet<string> = verbForms("call dub label brand nickname", "labelled labelling");

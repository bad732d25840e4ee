// Capitalised words that are not names: function words and common words that open sentences or
// headlines, calendar words, number words. Used to trim and reject candidate names.

const COMMON = `a|an|the|this|that|these|those|there|here|then|thus|so|such|some|any|all|both|each|every|either|neither|
no|not|nor|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|
million|billion|first|second|third|fourth|fifth|last|next|other|another|many|much|more|most|few|several|own|same|
i|we|you|he|she|it|they|me|us|him|her|them|my|our|your|his|its|their|who|whom|whose|what|which|when|where|why|how|
everything|everyone|everybody|everywhere|something|someone|somebody|somewhere|anything|anyone|anybody|anywhere|
nothing|nobody|nowhere|whatever|whoever|whichever|whenever|wherever|hence|thereby|
in|on|at|to|of|for|from|by|with|without|within|about|above|after|against|along|amid|among|around|as|before|behind|
below|beneath|beside|besides|between|beyond|despite|during|except|inside|into|like|near|off|onto|out|outside|over|past|
since|through|throughout|till|toward|towards|under|underneath|unlike|until|up|upon|via|and|but|or|if|while|whereas|
although|though|because|unless|whether|once|yet|also|still|even|just|only|already|again|now|today|tonight|yesterday|
tomorrow|however|meanwhile|moreover|furthermore|nevertheless|nonetheless|instead|otherwise|therefore|indeed|perhaps|
maybe|yes|please|thanks|well|oh|new|old|former|late|early|earlier|later|recent|recently|top|big|great|good|bad|best|
worst|high|low|long|short|full|final|half|total|late|latest|local|national|international|global|world|official|
officials|people|police|government|state|president|minister|prime|secretary|chairman|chief|leader|officials|sources|
analysts|experts|reports|report|news|says|said|according|update|breaking|exclusive|analysis|opinion|editorial|comment|
photo|video|watch|read|see|click|share|follow|subscribe|related|more|advertisement|source|sources|copyright|note|
monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|
october|november|december|feb|apr|jun|jul|aug|sep|sept|oct|nov|tue|wed|thu|fri|spring|summer|
autumn|winter|christmas|easter|ramadan|weekend|week|month|year|day|night|morning|afternoon|evening|
results|result|standings|scores|score|table|tables|scorers|attendance|halftime|half-time|teams|team|squad|lineups|
group|round|quarter-final|semi-final|final|finals|match|matches|game|games|race|stage|leg|division|league|cup|
soccer|football|cricket|tennis|golf|rugby|baseball|basketball|hockey|boxing|athletics|cycling|motor|racing|sailing|
skiing|swimming|horse|formula|grand|prix|open|championship|championships|tournament|olympic|olympics|world|european|
note|notes|total|totals|points|pts|won|lost|drawn|played|goals|wins|losses|innings|overs|runs|wickets|extras|
north|south|east|west|northern|southern|eastern|western|central|upper|lower|greater|inner|outer|royal|holy|saint|
mr|mrs|ms|dr|sir|lord|lady|will|can|could|would|should|may|might|must|shall|is|are|was|were|be|been|being|has|have|
had|do|does|did|done|get|got|make|made|take|took|give|gave|go|went|come|came|say|tell|told|ask|asked|let|put|set|
keep|kept|find|found|think|know|knew|want|need|use|used|try|call|called|look|show|feel|leave|left|mean|turn|start|
stop|help|play|run|move|live|believe|bring|happen|write|sit|stand|lose|pay|meet|include|continue|learn|change|lead|
understand|speak|spend|grow|open|walk|win|offer|remember|love|consider|appear|buy|wait|serve|die|send|expect|build|
stay|fall|cut|reach|kill|remain|suggest|raise|pass|sell|require|decide|pull|breaking|shares|stocks|prices|price|
dollar|dollars|pounds|euro|euros|yen|percent|market|markets|economy|trade|oil|gold|bank|banks|company|firm|group|
chairman|editor|reporter|staff|newsroom|desk|wire|agency|press|media|tv|radio|internet|web|online|email|phone|
god|allah|jesus|christ|lord|bible|koran|quran|internet|euro|eurozone|brexit|covid|coronavirus|aids|hiv|gmt|est|bst|
mps|ceo|cfo|ipo|gdp|tv|dvd|cd|pc|ok|okay|uh|sorry|hello|dear|mrs|st|ave|ex|pro|anti|non|post|pre|vs|v`;

/** Lower-cased words that cannot be, or begin, a person's name on their own. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(COMMON.split("|").map((s) => s.trim()).filter(Boolean));

/**
 * Closed-class words (articles, prepositions, conjunctions, pronouns, auxiliaries): capitalised
 * inside a sentence, only title case writes them so ("Mara Quinlan Asked Voters Everywhere To …").
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(`a an the and or but nor so yet if than as of to in on at for from by
with without into onto over under up down out off about above below after before against among amid between through
during since until upon via per is are was were be been being am has have had do does did will would can could may
might must shall should not no its his her their our your my me him them us it he she they we you this that these
those who whom whose what which when where why how all any some just now then here there`.split(/\s+/));

/**
 * Function words that no name holds, so a capitalised one ends a name ("Vadim Petrov The …", "Lena On
 * Film"); those that are also surnames or initials ("Jo From", "Ann Will", "Tom A. Baxley", "Do",
 * "So") are left out. Capitalised, as they stand in a run.
 */
export const NAME_BREAKERS: ReadonlySet<string> = new Set(
  `the and or but nor of to in on at for with by into over about as than he she it they we you his her its their our your
this that these those who what which why how when where is are was were be been has have had does did not`
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1)),
);

/** Particles inside names: "Aravinda de Silva", "Joost van der Westhuizen", "bin Laden". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "das", "do", "dos", "du", "del", "della", "delle", "di", "van", "von", "der", "den", "ter", "ten", "le",
  "la", "bin", "ibn", "bint", "al", "el", "abu", "wa", "y", "zu", "af", "av",
]);

/** Roman numerals of two letters or more after a name: generations and reigns ("Henry VIII", "Pope Pius XII"). */
export const NAME_NUMERALS: readonly string[] = ["II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII"];

/** Generational suffixes that belong to a name: "Martin Luther King Jr", "Henry VIII". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["Jr", "Jnr", "Sr", "Snr", ...NAME_NUMERALS]);

/**
 * Lower-case nouns of works and vessels, whose names are often people's: "the film Vera Drake", "the
 * aircraft carrier Carl Vinson". (Not "game", "show" or "seat": "at the end of the game Jo Blum scored".)
 */
export const TITLED_NOUNS: ReadonlySet<string> = new Set([
  "film", "movie", "biopic", "documentary", "album", "song", "book", "novel", "memoir", "play", "musical", "opera", "sitcom", "podcast", "poem", "painting",
  "carrier", "carriers", "ship", "ships", "warship", "warships", "vessel", "vessels", "destroyer", "frigate", "cruiser", "submarine", "tanker", "freighter", "liner", "yacht", "trawler", "lifeboat",
]);

/**
 * Capitalised nouns that end the names of things, not people ("… Show", "… Award", "… Bill",
 * "… Convention"), and plural nouns ("Debates", "Voters"): no surname, so no word of a person's
 * name after the first.
 */
export const NOT_SURNAMES: ReadonlySet<string> = new Set([
  "Show", "Shows", "Award", "Awards", "Prize", "Prizes", "Trophy", "Medal", "Cup", "Bill", "Bills", "Act", "Acts",
  "Amendment", "Initiative", "Campaign", "Lecture", "Memorial", "Convention", "Conference", "Summit", "Forum",
  "Festival", "Debate", "Debates", "Primary", "Primaries", "Caucus", "Caucuses", "Polls", "Survey", "Research",
  "Industry", "Music", "Film", "Films", "Movie", "Movies", "Ballet", "Opera", "Theatre", "Theater", "Museum",
  "Gallery", "Prison", "Jail", "Penitentiary", "Cathedral", "Basilica", "Chapel", "Mosque", "Synagogue", "Shrine",
  "Monastery", "Convent", "Seminary", "Library", "Clinic", "Laboratory", "Laboratories", "Program", "Programme", "Project", "Agreement", "Treaty", "Accord",
  "Statement", "Report", "Review", "Budget", "Briefing", "Hearing", "Hearings", "Investigation", "Inquiry", "Scandal",
  "Policy", "Policies", "Strategy", "Agenda", "Doctrine", "Index", "Magazine", "Book", "Books",
  "Series", "Saga", "Album", "Game", "Games", "Motel", "Hotel", "Restaurant", "Dinner", "Gala", "Marathon",
  "Championship", "Championships", "Tournament", "Olympics", "Voters", "Candidates", "Delegates", "Donors",
  "Supporters", "Sponsors", "Advocates", "Leaders", "Members", "Workers", "Officials", "Lawmakers", "Senators",
  "Republicans", "Americans", "Citizens", "People", "Women", "Men", "Kids", "Children", "Students", "Parents",
  "Families", "Friends", "Veterans", "Fans", "Brothers", "Sisters", "Sons", "Daughters", "Angels", "Rights", "Affairs",
  "Services", "Studies", "Relations", "Sales", "Rankings", "Principles", "Values", "Solutions", "Years", "Wars",
  "Trends", "Winners", "Records", "Papers", "Files", "Emails", "Questions", "Issues", "Plans", "Rules", "Matters",
  "Lives", "Execs", "Executives", "Critics", "Experts", "Analysts", "Activists", "Protesters", "Residents",
]);

/** Plural endings no surname takes: "Elections", "Investments", "Communities", "Scientists". */
export const PLURAL_NOUN = /\p{Ll}(?:tions|ments|ities|ships|nesses|isms|ists|ians)$/u;

/**
 * Lower-case nouns after a capitalised name that make it a place's or an event's, not a person's:
 * "the Acme Falls shooting", "the Acme Hill massacre", "at Acme Hill school".
 */
export const THING_NOUNS: ReadonlySet<string> = new Set([
  "shooting", "shootings", "massacre", "massacres", "bombing", "bombings", "tragedy", "disaster", "atrocity", "rampage",
  "school", "schools", "elementary", "campus", "incident", "crash", "explosion", "blast", "siege", "riots",
]);

/**
 * Lower-case nouns of works and seats beside a title, which names no firm: "the game Black & White", "the
 * album Mind, Body & Soul", "the Acme & Vale seat".
 */
export const WORK_NOUNS: ReadonlySet<string> = new Set([
  "film", "films", "movie", "movies", "biopic", "documentary", "album", "albums", "song", "songs", "single", "track",
  "book", "books", "novel", "memoir", "play", "musical", "opera", "show", "shows", "series", "sitcom", "drama", "game",
  "games", "programme", "program", "podcast", "poem", "painting", "seat", "constituency", "ward",
]);

/**
 * Adjectives that describe a person before the name, in a headline or as a nickname ("Embattled
 * Blum", "Crooked Blum"): no part of the name. Lower case. Words that are also given names or
 * surnames ("Young", "Little", "Rich", "Stern", "Moody", colours) are left out.
 */
export const EPITHETS: ReadonlySet<string> = new Set(`embattled beleaguered besieged disgraced ousted deposed toppled jailed imprisoned
exiled sacked axed suspended banned banished injured ailing retiring outgoing departing defiant defeated troubled struggling
convicted indicted impeached detained kidnapped murdered slain victorious triumphant jubilant delighted elated tearful
emotional angry furious frustrated disappointed dejected distraught heartbroken grieving shocked stunned relieved upbeat
bullish gloomy fiery feisty outspoken controversial flamboyant charismatic eccentric reclusive legendary iconic beloved
unpopular influential powerful wealthy resurgent unbeaten hapless luckless unlucky brilliant inspired inspirational dominant
derelict crooked corrupt dishonest lying lyin' lyin’ phony phoney fake failed failing weak pathetic incompetent reckless
dangerous desperate nasty sleazy shady dodgy evil wicked crazy wacky goofy sleepy creepy clueless hypocritical spineless
gutless cowardly sneaky shifty smug arrogant pompous loony deranged unhinged lawless treasonous traitorous tyrannical
despicable disgusting shameless heartless ruthless notorious infamous hated feared revered respected acclaimed celebrated
renowned famed ambitious aging ageing elderly ill sick frail`.split(/\s+/));

/**
 * Lower-case nouns of animals and other creatures that are no person: after a name and "the" they
 * say the name is an animal's or a character's ("Bramble the goat", "Zed the robot").
 */
export const CREATURE_NOUNS: ReadonlySet<string> = new Set(`pig piglet hog boar dog puppy pup hound cat kitten horse pony foal donkey
mule cow calf bull ox sheep lamb ram goat rabbit bunny hare hamster guinea mouse rat squirrel hedgehog badger fox wolf bear cub
lion lioness tiger leopard cheetah elephant giraffe zebra hippo hippopotamus rhino rhinoceros gorilla chimp chimpanzee monkey
ape orangutan panda koala kangaroo camel llama alpaca deer reindeer moose elk bison buffalo seal walrus otter beaver dolphin
whale orca shark fish goldfish octopus crab lobster parrot budgie canary owl eagle hawk falcon penguin swan duck duckling
goose gander hen chicken chick rooster cockerel turkey pigeon crow raven robin frog toad snake python cobra lizard iguana
tortoise turtle crocodile alligator spider bee ant butterfly moth worm snail slug dinosaur dragon unicorn monster alien
robot android puppet doll teddy racehorse greyhound terrier poodle spaniel labrador retriever collie bulldog sheepdog
alsatian dachshund beagle chihuahua pug rottweiler mascot pet panther jaguar cougar puma lynx osprey stallion bronco colt
mustang jay hornet wasp`.split(/\s+/));

/**
 * The plural of a creature's noun, capitalised or not ("Panthers", "Wolves", "Foxes"): what a sports
 * team's name ends in ("Acme Panthers"), never a surname; "Hawkes" is no "hawk" plural.
 */
export function creaturePlural(w: string): boolean {
  const low = w.toLowerCase();
  if (low.length < 4 || low.charCodeAt(low.length - 1) !== 115) return false;
  if (CREATURE_NOUNS.has(low.slice(0, -1))) return true;
  if (low.endsWith("ves")) return CREATURE_NOUNS.has(`${low.slice(0, -3)}f`);
  return /(?:s|x|sh|ch)es$/.test(low) && CREATURE_NOUNS.has(low.slice(0, -2));
}

/**
 * Lower-case words that open a sentence before a name and are no part of it: verbs in the
 * imperative ("Notice Blum …", "Hold Jo Blum to …"), participles and prepositions ("Given Jo Blum's
 * record", "Including Jo Blum"), short adverbs ("Sadly Blum …"). Words that are also given names or
 * nicknames ("Chase", "Pierce", "Rush", "Buzz", "Skip", "Nick", "Ban") are left out.
 */
export const OPENING_WORDS: ReadonlySet<string> = new Set(`given granted including includes featuring starring excluding
regarding concerning following considering assuming barring pending notwithstanding alongside amongst whilst versus minus
plus courtesy notice hold thank blame trust imagine forget listen welcome elect vote impeach arrest jail dump ditch shame
save free support join hear enter behold picture compare contrast beware pity recall ignore invite fire hire praise defend
attack mock sack oust replace remove check guess suppose congratulate congrats kudos cheers goodbye farewell salute celebrate
forgive pray bless tweet retweet text elsewhere really nearly largely likely mostly partly merely rarely
surely simply hardly barely shortly lately slowly quickly briefly firmly frankly mainly chiefly solely truly duly newly
openly oddly sadly happily luckily gladly thankfully hopefully`.split(/\s+/));

/** The last four letters of -ly adverbs ("Eventually", "Apparently", "Reportedly"), which no given name ends in. */
const ADVERB_TAILS: ReadonlySet<string> = new Set(["ally", "ntly", "usly", "vely", "ully", "ssly", "ably", "ibly", "edly", "ngly", "tely", "arly", "ctly", "stly", "sely", "rely"]);

/** A lower-case word of seven letters or more with the shape of an -ly adverb: "eventually", "reportedly". */
export function lyAdverb(low: string): boolean {
  return low.length >= 7 && ADVERB_TAILS.has(low.slice(-4));
}

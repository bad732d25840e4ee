// Capitalised words that are not names: function words and common words that open sentences or
// headlines, calendar words, number words. Used to trim and reject candidate names.

const COMMON = `a|an|the|this|that|these|those|there|here|then|thus|so|such|some|any|all|both|each|every|either|neither|
no|not|nor|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|
million|billion|first|second|third|fourth|fifth|last|next|other|another|many|much|more|most|few|several|own|same|
i|we|you|he|she|it|they|me|us|him|her|them|my|our|your|his|its|their|who|whom|whose|what|which|when|where|why|how|
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

/** Particles inside names: "Aravinda de Silva", "Joost van der Westhuizen", "bin Laden". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "das", "do", "dos", "du", "del", "della", "delle", "di", "van", "von", "der", "den", "ter", "ten", "le",
  "la", "bin", "ibn", "bint", "al", "el", "abu", "wa", "y", "zu", "af", "av",
]);

/** Generational suffixes that belong to a name: "Martin Luther King Jr". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(["Jr", "Jnr", "Sr", "Snr", "II", "III", "IV"]);

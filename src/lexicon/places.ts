// Place names and nationality words: countries, common short forms, demonyms, US states, regions
// and large cities. A general gazetteer, hand-kept; used to find places and to reject non-people.

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Antigua|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|
Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Herzegovina|Botswana|Brazil|Brunei|Bulgaria|
Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|
Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|East Timor|Ecuador|Egypt|
El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|
Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|
Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|
Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|
Mauritania|Mauritius|Mexico|Micronesia|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nauru|
Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|North Korea|South Korea|Korea|Norway|Oman|Pakistan|Palau|
Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|
Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Sudan|Spain|
Sri Lanka|Sudan|Suriname|Swaziland|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|
Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|UK|U.K.|Britain|Great Britain|
England|Scotland|Wales|Northern Ireland|United States|United States of America|US|U.S.|U.S|USA|U.S.A.|U.S.A|U.K|America|Uruguay|Uzbekistan|
Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Czechoslovakia|Zaire|Chechnya|
Kurdistan|Tibet|Hong Kong|Macau|Greenland|Puerto Rico|Gaza|West Bank|Crimea|Catalonia|Flanders|Bavaria|Siberia|Quebec|
Ontario|British Columbia|Alberta|Ulster|Corsica|Sicily|Sardinia|Kashmir|Punjab|Bengal`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|
Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|
Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming`;

/** States and the district as the news writes them with dots after a town ("Trenton, N.J."). */
const US_STATES_DOTTED = "N.J.|N.Y.|N.H.|N.M.|N.C.|N.D.|S.C.|S.D.|R.I.|D.C.|W.Va.";

/**
 * US states as the news abbreviates them after a town ("Fresno, Calif.,", "Concord, N.H."): the AP's
 * abbreviations and common variants, each with its final period. Only a place after a town and a
 * comma: alone, "Miss.", "Ind." or "Wash." are other words.
 */
export const US_STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  `Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont.
Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. N.Dak. Okla. Ore. Oreg. Pa. Penn. R.I. S.C. S.D. S.Dak. Tenn. Tex. Vt. Va.
Wash. W.Va. Wis. Wisc. Wyo. D.C.`.split(/\s+/),
);

const REGIONS = `Europe|Asia|Africa|Antarctica|Oceania|North America|South America|Latin America|Central America|
Middle East|Near East|Far East|Balkans|Caucasus|Scandinavia|Baltic|Caribbean|Mediterranean|Pacific|Atlantic|Arctic|
Gulf|Persian Gulf|Sahara|Himalayas|Alps|Amazon|Southeast Asia|East Asia|Central Asia|South Asia|West Africa|East Africa|
North Africa|Southern Africa|Western Europe|Eastern Europe|Central Europe|Western Sahara|Horn of Africa|Midlands|
Silicon Valley|Wall Street|Hollywood|Manhattan|Brooklyn|Westminster|Whitehall`;

const CITIES = `London|Paris|Berlin|Madrid|Rome|Milan|Turin|Naples|Lisbon|Dublin|Belfast|Edinburgh|Glasgow|Cardiff|Manchester|
Liverpool|Birmingham|Leeds|Sheffield|Bristol|Newcastle|Nottingham|Leicester|Southampton|Brighton|Oxford|Cambridge|Aberdeen|
Amsterdam|Rotterdam|The Hague|Brussels|Antwerp|Luxembourg|Geneva|Zurich|Bern|Basel|Vienna|Munich|Frankfurt|Hamburg|Cologne|
Bonn|Stuttgart|Dusseldorf|Prague|Warsaw|Krakow|Budapest|Bucharest|Sofia|Belgrade|Zagreb|Sarajevo|Ljubljana|Bratislava|
Athens|Istanbul|Ankara|Moscow|St Petersburg|Kiev|Kyiv|Minsk|Riga|Tallinn|Vilnius|Helsinki|Stockholm|Oslo|Copenhagen|
Reykjavik|Barcelona|Valencia|Seville|Bilbao|Marseille|Lyon|Nice|Bordeaux|Toulouse|Monte Carlo|Washington|New York City|
Los Angeles|Chicago|Houston|Dallas|Miami|Atlanta|Boston|Philadelphia|San Francisco|Seattle|Detroit|Denver|Phoenix|
Las Vegas|San Diego|Baltimore|Pittsburgh|Cleveland|New Orleans|Toronto|Montreal|Vancouver|Ottawa|Halifax|Calgary|
Mexico City|Havana|Bogota|Caracas|Lima|Santiago|Buenos Aires|Montevideo|Rio de Janeiro|Sao Paulo|Brasilia|Quito|La Paz|
Beijing|Shanghai|Hong Kong|Guangzhou|Shenzhen|Tokyo|Osaka|Kyoto|Seoul|Pyongyang|Taipei|Manila|Jakarta|Bangkok|Hanoi|
Kuala Lumpur|Singapore|Delhi|New Delhi|Mumbai|Bombay|Calcutta|Kolkata|Madras|Chennai|Bangalore|Karachi|Lahore|Islamabad|
Kabul|Dhaka|Colombo|Kathmandu|Tehran|Baghdad|Damascus|Beirut|Amman|Jerusalem|Tel Aviv|Riyadh|Jeddah|Mecca|Dubai|Abu Dhabi|
Doha|Kuwait City|Muscat|Cairo|Alexandria|Tripoli|Tunis|Algiers|Rabat|Casablanca|Khartoum|Addis Ababa|Nairobi|Mogadishu|
Kampala|Kigali|Kinshasa|Lagos|Abuja|Accra|Dakar|Johannesburg|Cape Town|Pretoria|Durban|Harare|Lusaka|Luanda|Maputo|
Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|Auckland|Wellington|Christchurch|Tashkent|Almaty|Dushanbe|Bishkek|
Baku|Tbilisi|Yerevan|Grozny|Gaza City|Hebron|Ramallah|Strasbourg|Davos|Salzburg|Seoul|Wembley|Wimbledon|Lord's`;

const DEMONYM_LIST = `Afghan|Albanian|Algerian|American|Angolan|Argentine|Argentinian|Armenian|Australian|Austrian|Azerbaijani|
Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Briton|Bulgarian|Burmese|Cambodian|Cameroonian|Canadian|
Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dane|Dutch|Dutchman|Ecuadorean|Ecuadorian|Egyptian|
English|Englishman|Eritrean|Estonian|Ethiopian|European|Filipino|Finnish|Finn|French|Frenchman|Georgian|German|Ghanaian|
Greek|Haitian|Honduran|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Irishman|Israeli|Italian|Jamaican|
Japanese|Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Kyrgyz|Latvian|Lebanese|Liberian|Libyan|Lithuanian|
Macedonian|Malaysian|Malian|Maltese|Mexican|Moldovan|Mongolian|Montenegrin|Moroccan|Mozambican|Namibian|Nepalese|
Nicaraguan|Nigerian|Norwegian|Pakistani|Palestinian|Panamanian|Paraguayan|Persian|Peruvian|Polish|Pole|Portuguese|
Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Scot|Scotsman|Senegalese|Serb|Serbian|Sierra Leonean|Singaporean|Slovak|
Slovenian|Somali|Spanish|Spaniard|Sri Lankan|Sudanese|Swede|Swedish|Swiss|Syrian|Taiwanese|Tajik|Tanzanian|Thai|Tibetan|
Tunisian|Turk|Turkish|Turkmen|Ugandan|Ukrainian|Uruguayan|Uzbek|Venezuelan|Vietnamese|Welsh|Welshman|Yemeni|Yugoslav|
Zambian|Zimbabwean|Arab|Asian|African|Latin|Western|Eastern|Northern|Southern|Soviet|Communist|Islamic|Muslim|Christian|
Catholic|Protestant|Jewish|Jew|Sunni|Shia|Shi'ite|Kurd|Hindu|Sikh|Buddhist|Caribbean|Scandinavian|Balkan|Gulf|Atlantic|Pacific|
Canadian|Californian|Texan|Londoner|New Zealander|Kiwi|Aussie|West Indian|South African|North Korean|South Korean|
Latino|Latina|Hispanic`;

function split(list: string): string[] {
  return list.split("|").map((s) => s.trim()).filter(Boolean);
}

/** Place names as written (multi-word names included), case-sensitive. */
export const PLACES: ReadonlySet<string> = new Set([...split(COUNTRIES), ...split(US_STATES), ...split(US_STATES_DOTTED), ...split(REGIONS), ...split(CITIES)]);

/** The large cities of the gazetteer: the places a club is named after ("Leeds beat …", "Milan striker"). */
export const CITY_NAMES: ReadonlySet<string> = new Set(split(CITIES));

/** Countries and country short forms only (for "US President", "UK Defence Secretary"). */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(split(COUNTRIES));

/**
 * Countries and continents that end the names of companies and institutions ("Acme Britain", "Acme
 * Europe") and are no surnames; countries that are ("Jordan", "Holland", "Palau") are left out.
 */
export const NOT_SURNAME_PLACES: ReadonlySet<string> = new Set([
  "Britain", "America", "Europe", "Asia", "Africa", "Australia", "Canada", "China", "Japan", "Germany", "Italy", "Spain",
  "Russia", "Brazil", "Mexico", "Korea", "Pakistan", "Iran", "Iraq", "Syria", "Egypt", "Ukraine", "Poland", "Sweden",
  "Norway", "Denmark", "Finland", "Austria", "Switzerland", "Belgium", "Netherlands", "Portugal", "Greece", "Argentina",
  "Colombia", "Venezuela", "Nigeria", "Indonesia", "Malaysia", "Singapore", "Thailand", "Vietnam", "Philippines",
  "Afghanistan",
]);

/** Nationality and group adjectives: "American", "British", "West Indian". */
export const DEMONYMS: ReadonlySet<string> = new Set(split(DEMONYM_LIST));

/** First words of the nationalities written in two words ("New" of "New Zealander", "Sri" of "Sri Lankan"). */
export const DEMONYM_FIRSTS: ReadonlySet<string> = new Set(split(DEMONYM_LIST).filter((d) => d.includes(" ")).map((d) => d.slice(0, d.indexOf(" "))));

/** Longest place name in words, for matching runs. */
export const MAX_PLACE_WORDS = 4;

/** Words that end a capitalised run as a place: "Grace Road", "Hyde Park", "Lake Geneva" (first word). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "Road", "Street", "Avenue", "Lane", "Square", "Park", "Bridge", "River", "Lake", "Mountains", "Mountain", "Mount",
  "Island", "Islands", "Valley", "Bay", "Coast", "Sea", "Ocean", "Province", "County", "District", "Region", "Airport",
  "Stadium", "Arena", "Ground", "Oval", "Station", "Harbour", "Harbor", "Heights", "Hills", "Peninsula", "Strait", "Canal",
  "Falls", "Springs", "Creek",
]);

/** Words that open a place's name before its proper name: "River Wend", "Lake Geneva", "Mount Kenya", "Cape Horn". */
export const PLACE_LEADS: ReadonlySet<string> = new Set(["River", "Lake", "Mount", "Loch", "Lough", "Cape", "Fort"]);

/**
 * Lower-case nouns that, with "of", make the name after them a place's: "a former mayor of Linden
 * Falls", "the town of Maple Bay", "residents of Ashby".
 */
export const PLACE_OF_NOUNS: ReadonlySet<string> = new Set([
  "mayor", "mayors", "governor", "governors", "town", "towns", "city", "village", "villages", "county", "borough",
  "province", "parish", "suburb", "suburbs", "outskirts", "residents", "streets",
]);

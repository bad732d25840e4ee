// Given names: the human-names package's lists (English, French, German, Italian, Spanish, Dutch;
// MIT, data shipped in the package) plus common given names from other languages, minus words
// that are more often places or ordinary words ("Paris", "May", "Will").
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PLACES, DEMONYMS } from "./places.ts";
import { COMMON_WORDS } from "./words.ts";

const EXTRA = `Abdel|Abdelaziz|Abdul|Abdullah|Abdulaziz|Abu|Ahmad|Ahmed|Akbar|Ali|Amir|Anwar|Ashraf|Ayman|Bashar|Faisal|Farid|
Farouk|Fawzi|Fuad|Hamid|Hamad|Hassan|Hasan|Hosni|Hussein|Ibrahim|Ismail|Jamal|Kamal|Karim|Khaled|Khalid|Mahmoud|Mahmud|
Mohamed|Mohammed|Mohammad|Muhammad|Mustafa|Nabil|Nasser|Omar|Osama|Rafik|Rashid|Saddam|Said|Saleh|Salim|Sami|Tariq|Walid|
Yasser|Yassir|Yousef|Yusuf|Zaid|Ziad|Recep|Mehmet|Mustafa|Tansu|Necmettin|Bulent|Mesut|Suleyman|Abdullah|Benazir|Nawaz|
Pervez|Imran|Wasim|Waqar|Inzamam|Javed|Rahul|Sonia|Atal|Narendra|Manmohan|Sachin|Sourav|Rahul|Anil|Sunil|Ravi|Rajiv|Indira|
Inder|Kumar|Vijay|Chandrika|
Vladimir|Boris|Mikhail|Viktor|Victor|Yuri|Yury|Nikolai|Nikolay|Sergei|Sergey|Alexander|Alexandr|Aleksandr|Alexei|Alexey|
Andrei|Andrey|Dmitry|Dmitri|Gennady|Grigory|Igor|Ivan|Leonid|Oleg|Pavel|Pyotr|Roman|Ruslan|Stanislav|Vitaly|Vyacheslav|
Yevgeny|Yegor|Anatoly|Arkady|Gennadi|Gennady|Konstantin|Lev|Maxim|Valery|Valeri|Vadim|Vasily|Yakov|Zhores|Aslan|
Dzhokhar|Shamil|Akhmed|Islam|Nursultan|Askar|Emomali|Heydar|Eduard|Levon|Zviad|Lech|Aleksander|Jerzy|Wojciech|Tadeusz|
Vaclav|Vaclav|Milos|Slobodan|Franjo|Alija|Radovan|Ratko|Momcilo|Biljana|Zoran|Goran|Dragan|Milan|Ivica|Davor|Zvonimir|
Predrag|Dejan|Nenad|Hristo|Dimitar|Petar|Zhelyu|Ion|Ilie|Gheorghe|Emil|Nicolae|Gyula|Laszlo|Ferenc|Arpad|Istvan|Jozsef|
Gianni|Giovanni|Giuseppe|Silvio|Romano|Lamberto|Massimo|Fabrizio|Roberto|Alessandro|Paolo|Pierluigi|Gianfranco|Gianluca|
Jacques|Jean|Jean-Pierre|Jean-Claude|Jean-Marie|Jean-Luc|Jean-Louis|Francois|Lionel|Alain|Dominique|Laurent|Thierry|
Helmut|Gerhard|Klaus|Theo|Hans|Hans-Dietrich|Juergen|Jurgen|Joschka|Oskar|Wolfgang|Rudolf|Horst|Franz|Kurt|Guenter|
Jose|Felipe|Carlos|Juan|Javier|Jorge|Luis|Alvaro|Ernesto|Fidel|Raul|Hugo|Alberto|Eduardo|Fernando|Gonzalo|Jaime|Joaquin|
Julio|Mario|Miguel|Pedro|Rafael|Ricardo|Rodrigo|Sergio|Vicente|Arantxa|Conchita|Ana|Luiz|Inacio|Fernando|Henrique|Itamar|
Benjamin|Yitzhak|Shimon|Ehud|Ariel|Binyamin|Natan|Yossi|Moshe|Avraham|Ezer|Uri|Yigal|Amnon|Dan|Haim|Chaim|Nelson|Thabo|
Jacob|Kofi|Olusegun|Sani|Moshood|Mobutu|Laurent|Joseph|Yoweri|Daniel|Robert|Jomo|Kenneth|Hastings|Sam|Nnamdi|Goodluck|
Jiang|Li|Zhu|Hu|Wen|Deng|Mao|Zhou|Qian|Lee|Kim|Park|Chun|Roh|Ryutaro|Tomiichi|Yasuhiro|Junichiro|Shinzo|Morihiro|Tsutomu|
Keizo|Yoshiro|Hashimoto|Kiichi|Naoto|Yukio|Taro|Akira|Hiroshi|Takeshi|Kenji|Ichiro|Hideo|Kazuo|Masahiko|Nobuo|Haruki|
Suharto|Megawati|Mahathir|Anwar|Fidel|Ferdinand|Corazon|Fidel|Joseph|Gloria|Benigno|Thaksin|Chuan|Banharn|Hun|Norodom|
Xanana|Jose|Nguyen|Aung|Suu|Than|Ne|Ruud|Wim|Jaap|Johan|Dick|Gerrit|Pieter|Maarten|Joost|Hendrik|Jan|Lars|Nils|Olof|
Goran|Bjorn|Sven|Stefan|Mats|Magnus|Henrik|Anders|Jens|Poul|Mogens|Uffe|Gro|Kjell|Thorbjorn|Paavo|Martti|Mika|Jari|Teemu`;

/** The package's given names by sex, every language together. */
function loadPackageNames(): { male: string[]; female: string[] } {
  const require = createRequire(import.meta.url);
  const out = { male: [] as string[], female: [] as string[] };
  let dir: string;
  try {
    dir = join(dirname(require.resolve("human-names/package.json")), "data");
  } catch {
    return out;
  }
  for (const lang of ["en", "fr", "de", "it", "es", "nl"]) {
    for (const sex of ["male", "female"] as const) {
      try {
        const list: unknown = JSON.parse(readFileSync(join(dir, `${sex}-human-names-${lang}.json`), "utf8"));
        if (Array.isArray(list)) for (const n of list) if (typeof n === "string") out[sex].push(n);
      } catch {
        // A missing file only makes the list shorter.
      }
    }
  }
  return out;
}
const PACKAGE_NAMES = loadPackageNames();

/** Given names that are more often something else at the start of a capitalised run. */
const AMBIGUOUS = new Set([
  "May", "Will", "Grace", "Hope", "Faith", "Joy", "Summer", "Autumn", "Winter", "April", "June", "August", "Sunday",
  "Monday", "Friday", "Christmas", "Easter", "Royal", "Rich", "Sky", "Star", "Page", "Art", "Bill", "Mark", "Pat",
  "Rose", "Iris", "Ivy", "Holly", "Ruby", "Crystal", "Amber", "Dawn", "Eve", "Golden", "Gold", "Silver", "Young",
  "King", "Queen", "Prince", "Princess", "Duke", "Earl", "Major", "General", "Bishop", "Deacon", "Judge", "Sheriff",
  "Chase", "Hunter", "Archer", "Mason", "Walker", "Taylor", "Cooper", "Parker", "Carter", "Baker", "Turner", "Miller",
  "Price", "Ford", "Lincoln", "Washington", "Jackson", "Madison", "Houston", "Austin", "Dallas", "Phoenix", "Sydney",
  "Chelsea", "Orlando", "Florence", "Victoria", "Georgia", "Carolina", "Virginia", "Israel", "Jordan", "Chad", "India",
  "China", "Kenya", "Paris", "London", "Vienna", "Geneva", "Lourdes", "Trinity", "Unity", "Liberty", "Justice", "Angel",
  "Christian", "Muslim", "Islam", "Said", "Don", "Hu", "Ne", "Than", "Sun", "Moon", "Wing", "Bay", "Ash", "Brook",
  "Cliff", "Dale", "Glen", "Heath", "Lane", "Marsh", "Rock", "Stone", "Wood", "Field", "Ray", "Sterling", "Sterling",
  "Champion", "Grant", "Price", "Reading", "Cardiff", "Derby", "Hull", "Bath", "Wells", "Camden", "Kent", "Devon",
  "Essex", "Clare", "Kerry", "Down", "Norman", "Saxon", "German", "French", "Irish", "Dane", "Scott", "English", "Welsh",
  "Guinea", "Lima", "Santiago", "Barcelona", "Valencia", "Alexandria", "Adelaide", "Charlotte", "Augusta", "Beverly",
  "Shannon", "Tyrone", "Milan", "Roman", "Islam", "Park", "Kim", "Lee", "Li", "Gene", "Hollywood", "Napoleon",
  // Nicknames used as given names that are also ordinary words ("Rush", "Buzz"): not in the package's lists.
  "Rush", "Buzz", "Bud", "Skip", "Chip", "Sly",
]);

/**
 * Every given name the lists hold, as written, the ones that are also words or places too ("Bill",
 * "Taylor", "Rose"): what no person's name can open without is neither ("Golden", "Royal").
 */
export const ANY_GIVEN_NAMES: ReadonlySet<string> = new Set([...PACKAGE_NAMES.male, ...PACKAGE_NAMES.female, ...EXTRA.split("|")].map((n) => n.trim()));

/** Given names as written ("Donald", "Nikolai"), case-sensitive. */
export const GIVEN_NAMES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const n of [...PACKAGE_NAMES.male, ...PACKAGE_NAMES.female, ...EXTRA.split("|")]) {
    const name = n.trim();
    if (!name || PLACES.has(name) || DEMONYMS.has(name) || AMBIGUOUS.has(name) || COMMON_WORDS.has(name.toLowerCase())) continue;
    set.add(name);
  }
  return set;
})();

/**
 * Given names that are also everyday English words ("Sandy", "Jack", "Storm"): kept as given names,
 * but a name they open may be a place's or a thing's ("Sandy Hook"), so context may overrule them.
 */
export const WORD_GIVEN_NAMES: ReadonlySet<string> = new Set([
  "Sandy", "Frank", "Guy", "Jack", "Rusty", "Dusty", "Misty", "Candy", "Honey", "Cherry", "Penny", "Brandy", "Ginger",
  "Pearl", "Opal", "Jade", "Coral", "Willow", "Heather", "Daisy", "Lily", "Poppy", "Violet", "Hazel", "Olive", "Basil",
  "Bob", "Mercy", "Patience", "Charity", "Harmony", "Melody", "Destiny", "Lucky", "Boy", "Bear", "Wolf", "Fox", "Buck",
  "Colt", "Gale", "Storm", "River", "Forest", "Sugar", "Rocky", "Dolly", "Ward", "Stone", "Hunter", "Bliss", "Cash",
  "Ace", "Blaze", "Chance", "Clay", "Ebony", "Eden", "Haven", "Honor", "Jewel", "Journey", "Lark", "Lavender", "Marine",
  "Meadow", "Nova", "Ocean", "Sage", "Snow", "Spring", "Tiger", "Robin", "Reed", "Miles", "Rod", "Dash", "Constant",
  ...AMBIGUOUS,
]);

/** Given names that are also common words or places: evidence only when something else agrees. */
export const WEAK_GIVEN_NAMES: ReadonlySet<string> = AMBIGUOUS;

/**
 * Given names that the package lists for one sex only, lower case: "Hillary" → female. Used to
 * tell which of two people with one surname "Mrs. Clinton" or "Mr. Clinton" is.
 */
export const GIVEN_NAME_SEX: ReadonlyMap<string, "male" | "female"> = (() => {
  const female = new Set(PACKAGE_NAMES.female.map((n) => n.toLowerCase()));
  const male = new Set(PACKAGE_NAMES.male.map((n) => n.toLowerCase()));
  const out = new Map<string, "male" | "female">();
  for (const n of female) if (!male.has(n)) out.set(n, "female");
  for (const n of male) if (!female.has(n)) out.set(n, "male");
  return out;
})();

/** The sex an honorific says ("Mrs.", "Mr"), if any. */
export function honorificSex(title: string): "male" | "female" | null {
  const t = title.trim().replace(/\.$/, "").toLowerCase();
  return /^(?:mrs|ms|miss|mme|madame|lady|dame)$/.test(t) ? "female" : /^(?:mr|sir|lord)$/.test(t) ? "male" : null;
}

// Search page: Pagefind's JS API behind a plain form (query + person/source/year filters).
// Paths are relative to this file, so the site works under any path prefix. Results are built
// with DOM methods; excerpts keep only Pagefind's <mark> highlighting, everything else is text.
const form = document.querySelector("[data-search]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const siteRoot = new URL("../", import.meta.url).pathname;
const MAX_RESULTS = 30;
/** How many results' fragments are loaded at once while checking that they have every word. */
const CHECK_BATCH = 40;

function setStatus(text) {
  status.textContent = text;
}

/** Pagefind excerpt (HTML with <mark>) → DOM nodes: text and <mark> only. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const out = [];
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent));
    else if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ""));
  }
  return out;
}

/**
 * The words Pagefind is given: an initial ("J." in "Mary J. Blige", or a lone letter) matches every
 * word starting with that letter, so it is left out when the query has other words.
 */
function searchWords(query) {
  const words = query.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !/^\p{L}\.?$/u.test(w));
  return kept.length ? kept : words;
}

/** Lower case without diacritics, as Pagefind compares words (unless told to keep diacritics). */
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase();
}

/**
 * The words of a text as Pagefind indexes them: each run between spaces with its letters and
 * digits joined ("U.S." is "us", "e-mail" is "email"), and each part of it ("e", "mail").
 */
function textWords(text) {
  const words = new Set();
  for (const run of fold(text).split(/\s+/)) {
    const parts = run.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (parts.length > 1) words.add(parts.join(""));
    for (const part of parts) words.add(part);
  }
  return [...words];
}

/**
 * The starts a page's word may have to match a typed word: the word itself, and the word without
 * an English inflection ("notices" → "notice", "notic"; "running" → "runn", "run"; "policies" →
 * "polici", "policy"), as Pagefind's stemmer takes them off before it looks for words starting
 * with what is left. Only endings are taken off, never a word's middle: "greenspan" never gives
 * "green".
 */
const ENDINGS = ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ers", "er", "ly", "s", "e", "y"];
function wordStarts(word) {
  const starts = new Set([word]);
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    starts.add(stem);
    if (/(\p{L})\1$/u.test(stem)) starts.add(stem.slice(0, -1));
    if (ending.startsWith("i")) starts.add(`${stem}y`);
  }
  return [...starts];
}

/**
 * Whether a page (its fragment's text and title) has every typed word: each word, folded, or one
 * of its starts (wordStarts) opens one of the page's words. Pagefind alone is not enough: where a
 * shard has no word starting with a typed one, it searches for a shorter start of it instead
 * ("greenspan" finds pages with "green"), so every shard may offer pages lacking the word.
 */
function hasEveryWord(data, typed) {
  const words = textWords(`${data.meta?.title ?? ""} ${data.content ?? ""}`);
  return typed.every((starts) => words.some((w) => starts.some((s) => w.startsWith(s))));
}

/**
 * Pagefind's results for the words, in its order, keeping only articles with every word. Each shard
 * is its own index, and where none of a shard's articles has all the words, Pagefind offers those
 * with some of them; a search for one word has no such fallback. So the whole query is searched
 * once, for the ranking, and each word on its own, and a result is kept when every word's search
 * found it too (compared by id, which needs no fragment: an id is a page's hash, unique within a
 * shard; two shards could give two pages the same one, which the next check settles). Then the
 * fragments of those left are loaded (Pagefind caches them for the results shown) and a page is
 * kept only when it has every word (hasEveryWord). A "word" with no letter or digit (a dash) is
 * not one Pagefind looks for. Returns the fragments' data of the first MAX_RESULTS pages kept, their
 * count, and whether more than that many have every word (the exact count is then not known).
 */
async function searchAll(pagefind, words, filters) {
  const whole = pagefind.search(words.join(" "), { filters });
  const distinct = [...new Set(words.filter((w) => /[\p{L}\p{N}]/u.test(w)).map(fold))];
  let candidates;
  if (distinct.length < 2) candidates = (await whole).results;
  else {
    const [all, ...each] = await Promise.all([whole, ...distinct.map((w) => pagefind.search(w, { filters }))]);
    const found = each.map((search) => new Set(search.results.map((r) => r.id)));
    candidates = all.results.filter((r) => found.every((ids) => ids.has(r.id)));
  }
  const typed = distinct.map((w) => wordStarts(w.replace(/[^\p{L}\p{N}]+/gu, "")));
  // Fragments are loaded a batch at a time, in Pagefind's order, until one more page than is shown
  // has every word: a common word in a large archive would otherwise load every page's fragment.
  const kept = [];
  let checked = 0;
  while (checked < candidates.length && kept.length <= MAX_RESULTS) {
    const batch = candidates.slice(checked, checked + CHECK_BATCH);
    checked += batch.length;
    for (const d of await Promise.all(batch.map((r) => r.data()))) if (hasEveryWord(d, typed)) kept.push(d);
  }
  return { results: kept.slice(0, MAX_RESULTS), count: kept.length, more: kept.length > MAX_RESULTS };
}

async function main() {
  if (!form || !status || !list) return;
  // The index is in shards (separate Pagefind indexes, listed in pagefind/shards.json): the first
  // is loaded, the others merged into it, so one search covers them all.
  let pagefind;
  try {
    const response = await fetch(new URL("../pagefind/shards.json", import.meta.url));
    if (!response.ok) throw new Error(`shards.json: ${response.status}`);
    const { shards } = await response.json();
    if (!shards.length) {
      setStatus("There are no articles to search.");
      return;
    }
    const shardUrl = (name) => new URL(`../pagefind/${name}/`, import.meta.url);
    pagefind = await import(new URL("pagefind.js", shardUrl(shards[0])).href);
    await pagefind.options({ baseUrl: siteRoot });
    await pagefind.init();
    await Promise.all(shards.slice(1).map((name) => pagefind.mergeIndex(shardUrl(name).pathname, { baseUrl: siteRoot })));
  } catch {
    setStatus("Search is not available: the search index was not built.");
    return;
  }
  const selects = [...form.querySelectorAll("select[data-filter]")];
  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.keys(available[select.dataset.filter] ?? {});
    const sorted = select.dataset.filter === "year" ? values.sort().reverse() : values.sort((a, b) => a.localeCompare(b));
    for (const value of sorted) select.append(new Option(value, value));
  }
  const input = form.querySelector("#q");
  const params = new URLSearchParams(location.search);
  // Words typed while the index loaded are kept; the address wins only when it has a query.
  if (params.has("q")) input.value = params.get("q");
  for (const select of selects) if (params.has(select.name)) select.value = params.get(select.name);
  setStatus("Type words to search for, or choose a filter.");

  let generation = 0;
  async function run() {
    const query = input.value.trim();
    const filters = {};
    for (const select of selects) if (select.value) filters[select.dataset.filter] = select.value;
    const next = new URLSearchParams();
    if (query) next.set("q", query);
    for (const select of selects) if (select.value) next.set(select.name, select.value);
    history.replaceState(null, "", next.toString() ? `?${next}` : location.pathname);
    const mine = ++generation;
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      setStatus("Type words to search for, or choose a filter.");
      return;
    }
    setStatus("Searching…");
    // No sort option: Pagefind leaves out pages without the sort key (undated articles).
    let results;
    let n;
    let more = false;
    if (query) {
      ({ results, count: n, more } = await searchAll(pagefind, searchWords(query), filters));
    } else {
      const found = (await pagefind.search(null, { filters })).results;
      if (mine !== generation) return;
      n = found.length;
      results = await Promise.all(found.slice(0, MAX_RESULTS).map((r) => r.data()));
    }
    if (mine !== generation) return;
    const items = results.map((data) => {
      const li = document.createElement("li");
      const title = document.createElement("a");
      title.className = "result-title";
      title.href = data.url;
      title.textContent = data.meta?.title ?? data.url;
      const heading = document.createElement("p");
      heading.append(title);
      li.append(heading);
      if (data.meta?.date) {
        const when = document.createElement("p");
        when.className = "meta";
        when.textContent = data.meta.date;
        li.append(when);
      }
      if (query && data.excerpt) {
        const excerpt = document.createElement("p");
        excerpt.append(...excerptNodes(data.excerpt));
        li.append(excerpt);
      }
      return li;
    });
    list.replaceChildren(...items);
    setStatus(
      n === 0 ? "No articles found."
      : more ? `More than ${MAX_RESULTS} articles found, showing the first ${MAX_RESULTS}.`
      : `${n} ${n === 1 ? "article" : "articles"} found${n > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ""}.`,
    );
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  });
  for (const select of selects) select.addEventListener("change", run);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  if (input.value || selects.some((s) => s.value)) run();
}

main();

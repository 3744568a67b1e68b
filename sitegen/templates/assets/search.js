// The search page: Pagefind's JS API and nothing else (no framework). The query, the filters, the order and how many
// results are shown live in the address (/search/?q=…&organization=…&country=…&year=…&sort=…&shown=…), so a search
// can be bookmarked and shared, and coming back to it (Back, or a reload) shows the same results at the same place.
//
// History (issue 17): every change of a filter or of the order is an entry of its own (pushState), and Back and
// Forward put the form and the results back (popstate). Words are different: an entry per keystroke would make Back
// useless, so a bout of typing makes one entry. Its first settled search (SETTLE_MS after the last keystroke) pushes
// an entry, the later ones replace it, and the bout ends with Enter, with leaving the field, or with a filter change.
// "Show more" only replaces the entry (the same search, more of it). The scroll position is kept in history.state
// (the browser's own restoration would scroll before the results are back), saved as the reader scrolls and leaves.

const form = document.querySelector("[data-search]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const countsHint = document.querySelector("[data-search-counts]");
const FILTERS = ["organization", "country", "year"];
const ORDERS = ["newest", "oldest"];
const PAGE_SIZE = 20;
const SETTLE_MS = 300;
const MAX_OPTIONS = 50;
const baseTitle = document.title;
const numbers = new Intl.NumberFormat("en");

if ("scrollRestoration" in window.history) {
  window.history.scrollRestoration = "manual";
}

let pagefind = null;
let latest = 0;
let results = [];
let shownState = null;
let settleTimer = 0;
let scrollTimer = 0;
// True while the current history entry is the one the bout of typing still going on pushed.
let typing = false;
// The order the reader chose; "" is the default: best match with words, newest first without (a search of
// filters alone has no "best" match, and Pagefind would give its results in no useful order).
let chosenOrder = "";

function field(name) {
  return form.elements.namedItem(name);
}

// Case, accents and spacing aside: how names typed or put in an address are compared with the index's values.
function fold(text) {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

function counted(count, one, many) {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

// The search the address asks for. A value the index has is taken as the index spells it: any case, and for a
// country its ISO code too (?country=ug, ?country=UG, ?country=uganda all mean Uganda); a value it does not have is
// kept as asked (a shared link may name a filter value this site no longer has), and then finds nothing.
function readAddress() {
  const params = new URLSearchParams(window.location.search);
  const shown = Number.parseInt(params.get("shown") ?? "", 10);
  const sort = params.get("sort") ?? "";
  return {
    q: (params.get("q") ?? "").trim(),
    organization: organizations.resolve(params.get("organization") ?? ""),
    country: resolveCountry(params.get("country") ?? ""),
    year: (params.get("year") ?? "").trim(),
    sort: ORDERS.includes(sort) ? sort : "",
    shown: Number.isFinite(shown) && shown > PAGE_SIZE ? shown : PAGE_SIZE,
  };
}

function addressOf(state) {
  const params = new URLSearchParams();
  for (const name of ["q", ...FILTERS, "sort"]) {
    if (state[name]) {
      params.set(name, state[name]);
    }
  }
  if (state.shown > PAGE_SIZE) {
    params.set("shown", String(state.shown));
  }
  const query = params.toString();
  return query ? `?${query}` : window.location.pathname;
}

function resolveCountry(asked) {
  const wanted = fold(asked);
  if (!wanted) {
    return "";
  }
  const options = [...field("country").options].filter((option) => option.value);
  const found = options.find((option) => option.value === asked.trim())
    ?? options.find((option) => (option.dataset.code ?? "").toLowerCase() === wanted || fold(option.value) === wanted);
  return found ? found.value : asked.trim();
}

function stateOfForm() {
  return {
    q: field("q").value.trim(),
    organization: organizations.value,
    country: field("country").value,
    year: field("year").value,
    sort: chosenOrder,
    shown: PAGE_SIZE,
  };
}

function showInForm(state) {
  field("q").value = state.q;
  organizations.set(state.organization);
  for (const name of ["country", "year"]) {
    const select = field(name);
    if (state[name] && ![...select.options].some((option) => option.value === state[name])) {
      select.add(new Option(`${state[name]} (0)`, state[name]));
    }
    select.value = state[name];
  }
  chosenOrder = state.sort;
  showOrder(state);
}

// The order select shows the order in effect: without words, "Best match" cannot be chosen and the default reads
// "Newest first"; only an order the reader chose goes into the address.
function showOrder(state) {
  const select = field("sort");
  select.querySelector("[data-best-match]").disabled = !state.q;
  select.value = state.sort || (state.q ? "" : "newest");
}

function showTitle(state) {
  document.title = state.q ? `“${state.q}” · ${baseTitle}` : baseTitle;
}

// The entry being left keeps where the reader was.
function saveScroll() {
  window.clearTimeout(scrollTimer);
  window.history.replaceState({ ...window.history.state, scrollY: Math.round(window.scrollY) }, "");
}

function restoreScroll(entry) {
  if (typeof entry?.scrollY === "number") {
    window.scrollTo(0, entry.scrollY);
  }
}

// Records a search in the history: a new entry ("push") unless the address is already this search's, or in place.
// Returns whether it made a new entry.
function remember(state, how) {
  const address = addressOf(state);
  const push = how === "push" && new URL(address, window.location.href).href !== window.location.href;
  if (push) {
    saveScroll();
    window.history.pushState({}, "", address);
  } else {
    window.history.replaceState(window.history.state, "", address);
  }
  showTitle(state);
  return push;
}

async function loadPagefind() {
  try {
    pagefind = await openBundles(await import(form.dataset.pagefind), new URL(form.dataset.pagefind, window.location.href));
    return true;
  } catch {
    status.textContent = "The search index is not available on this copy of the site (it was built without search). You can still browse every letter, organization and country.";
    return false;
  }
}

// The index comes in bundles (tools/search/index.mjs: each holds a range of dates, oldest first, listed in the first
// bundle's bundles.json), so no indexer ever holds the whole archive (issue 21). This searches them all and puts the
// answers together as one: filter counts added up (each letter is in one bundle), a sorted search bundle after bundle
// in date order (every letter of a date is in one bundle), best match by score. Pagefind's own mergeIndex adds the
// counts the same way but orders every merged search by score, which would lose the date order.
async function openBundles(first, script) {
  const options = { baseUrl: form.dataset.root || "/", excerptLength: 30 };
  await first.options(options);
  const listed = await fetch(new URL("bundles.json", script));
  const paths = listed.ok ? (await listed.json()).bundles.map((bundle) => bundle.path) : [""];
  // Each bundle through its own pagefind.js: one page's Pagefind instances share one WebAssembly module, and an
  // instance that loads its own (createInstance) overwrites the others' memory (found: part-1's search asked for
  // part-2's filter files); a module of its own gives each bundle its own.
  const bundles = [first];
  for (const path of paths.slice(1)) {
    const bundle = await import(new URL(path + "pagefind.js", script).href);
    await bundle.options(options);
    bundles.push(bundle);
  }
  if (bundles.length === 1) {
    return first;
  }
  const added = (all) => {
    const sum = {};
    for (const filters of all) {
      for (const [name, values] of Object.entries(filters ?? {})) {
        sum[name] ??= {};
        for (const [value, count] of Object.entries(values)) {
          sum[name][value] = (sum[name][value] ?? 0) + count;
        }
      }
    }
    return sum;
  };
  return {
    filters: async () => added(await Promise.all(bundles.map((bundle) => bundle.filters()))),
    preload: (term, options) => Promise.all(bundles.map((bundle) => bundle.preload(term, options))),
    search: async (term, options) => {
      const found = await Promise.all(bundles.map((bundle) => bundle.search(term, options)));
      const date = options?.sort?.date;
      const results = date
        ? (date === "desc" ? [...found].reverse() : found).flatMap((f) => f.results)
        : found.flatMap((f) => f.results).sort((a, b) => b.score - a.score);
      return {
        results,
        unfilteredResultCount: found.reduce((sum, f) => sum + f.unfilteredResultCount, 0),
        filters: added(found.map((f) => f.filters)),
        totalFilters: added(found.map((f) => f.totalFilters)),
      };
    },
  };
}

// The country and year choices: the index's values, in the order a reader looks for them. The country select comes
// with the archive's countries and their codes from the build; a value only the index has is added.
function fillSelects(available) {
  const orders = { country: (a, b) => a.localeCompare(b, "en"), year: (a, b) => b.localeCompare(a) };
  for (const [name, compare] of Object.entries(orders)) {
    const select = field(name);
    const options = new Map([...select.options].filter((option) => option.value).map((option) => [option.value, option]));
    for (const value of Object.keys(available[name] ?? {})) {
      if (!options.has(value)) {
        options.set(value, new Option(value, value));
      }
    }
    select.append(...[...options.values()].sort((a, b) => compare(a.value, b.value)));
  }
}

// Each choice's count is the number of letters choosing it would give: the words, the other filters and this one.
function showCounts(counts) {
  for (const name of ["country", "year"]) {
    for (const option of field(name).options) {
      if (option.value) {
        option.textContent = `${option.value} (${numbers.format(counts[name]?.[option.value] ?? 0)})`;
      }
    }
  }
  organizations.counts = counts.organization ?? {};
  countsHint.hidden = false;
}

// Pagefind's excerpt is HTML with <mark> around the matches. Only text and <mark> are copied into the page,
// so nothing in a letter's text can ever become markup here.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const nodes = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        nodes.push(document.createTextNode(child.textContent));
      } else if (child.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = child.textContent;
        nodes.push(mark);
      } else {
        walk(child);
      }
    }
  };
  walk(parsed.body);
  return nodes;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.dataset.result = data.url;
  const link = document.createElement("a");
  link.className = "search-result-title";
  link.href = data.url;
  link.textContent = data.meta?.title ?? data.url;
  const when = document.createElement("p");
  when.className = "letter-item-meta";
  const time = document.createElement("time");
  if (data.meta?.date) {
    time.dateTime = data.meta.date;
  }
  time.textContent = data.meta?.when ?? data.meta?.date ?? "";
  when.append(time);
  const excerpt = document.createElement("p");
  excerpt.className = "search-result-excerpt";
  excerpt.append(...excerptNodes(data.excerpt ?? ""));
  // The letter's title and words in their own language, where it is not the page's (issue 17).
  const lang = data.meta?.lang;
  if (lang && lang !== document.documentElement.lang) {
    link.lang = lang;
    excerpt.lang = lang;
  }
  item.append(link, when, excerpt);
  return item;
}

// The organization filter: a type-ahead over the index's organization values in place of a select of thousands of
// them (the ARIA combobox pattern, a text box with a listbox popup and list autocomplete:
// https://www.w3.org/WAI/ARIA/apg/patterns/combobox/). The reader types part of a name and chooses with the arrow
// keys and Enter, or a tap; the address gets ?organization= with the index's value, as the select gave it.
const organizations = (() => {
  const input = field("organization");
  const popup = form.querySelector("[data-combobox-popup]");
  const listbox = popup.querySelector("[role=listbox]");
  const note = popup.querySelector("[data-combobox-note]");
  let names = [];
  let active = -1;
  const combobox = { value: "", counts: {}, onChange: () => {} };
  const count = (value) => combobox.counts[value] ?? 0;

  combobox.set = (value) => {
    combobox.value = value;
    input.value = value;
    close();
  };

  combobox.resolve = (asked) => {
    const wanted = fold(asked);
    if (!wanted) {
      return "";
    }
    const found = names.find((name) => name.value === asked.trim()) ?? names.find((name) => name.folded === wanted);
    return found ? found.value : asked.trim();
  };

  // Names starting with what was typed (or with a word starting with it) come first, then names containing it.
  // With nothing typed, the organizations with the most letters for the current search.
  function matching(text) {
    const wanted = fold(text);
    if (!wanted) {
      return names.map((name) => name.value).sort((a, b) => count(b) - count(a) || a.localeCompare(b, "en"));
    }
    const starts = [];
    const inside = [];
    for (const name of names) {
      const at = name.folded.indexOf(wanted);
      if (at === 0 || (at > 0 && !/[\p{L}\p{N}]/u.test(name.folded[at - 1]))) {
        starts.push(name.value);
      } else if (at > 0) {
        inside.push(name.value);
      }
    }
    return [...starts, ...inside];
  }

  function render() {
    const typed = fold(input.value) !== "";
    const found = matching(input.value);
    const values = [...(typed ? [] : [""]), ...found.slice(0, MAX_OPTIONS)];
    listbox.replaceChildren(...values.map((value, index) => {
      const option = document.createElement("li");
      option.id = `organization-option-${index}`;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.dataset.value = value;
      option.textContent = value ? `${value} (${numbers.format(count(value))})` : "Any organization";
      if (value === combobox.value) {
        option.classList.add("is-chosen");
      }
      return option;
    }));
    if (found.length === 0) {
      note.textContent = `No organization’s name contains “${input.value.trim()}”.`;
    } else if (found.length > MAX_OPTIONS) {
      note.textContent = typed
        ? `The first ${MAX_OPTIONS} of ${counted(found.length, "organization", "organizations")}: type more of the name to narrow them down.`
        : `The ${MAX_OPTIONS} organizations with the most letters: type part of a name to find any of the ${numbers.format(names.length)}.`;
    } else {
      note.textContent = "";
    }
    note.hidden = note.textContent === "";
    listbox.hidden = values.length === 0;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    input.setAttribute("aria-expanded", String(!listbox.hidden));
  }

  const isOpen = () => !popup.hidden;

  function open() {
    render();
    popup.hidden = false;
  }

  function close() {
    popup.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  }

  function activate(index) {
    const options = [...listbox.children];
    active = index;
    options.forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    input.setAttribute("aria-activedescendant", options[active].id);
    options[active].scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    if (!isOpen()) {
      open();
    }
    const size = listbox.children.length;
    if (size > 0) {
      activate(active < 0 ? (step > 0 ? 0 : size - 1) : (active + step + size) % size);
    }
  }

  function choose(value) {
    const changed = value !== combobox.value;
    combobox.set(value);
    if (changed) {
      combobox.onChange();
    }
  }

  // Text left in the box counts only when it is a whole name (any case); emptied, it means any organization;
  // anything else goes back to the organization chosen before.
  function settleText() {
    const wanted = fold(input.value);
    const found = wanted ? names.find((name) => name.folded === wanted) : { value: "" };
    if (found) {
      choose(found.value);
    } else {
      input.value = combobox.value;
      close();
    }
  }

  combobox.enable = (values) => {
    names = values.map((value) => ({ value, folded: fold(value) })).sort((a, b) => a.value.localeCompare(b.value, "en"));
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    input.addEventListener("input", open);
    input.addEventListener("click", () => {
      if (!isOpen()) {
        open();
      }
    });
    input.addEventListener("blur", () => {
      if (isOpen() || input.value !== combobox.value) {
        settleText();
      }
    });
    input.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (event.altKey) {
          if (event.key === "ArrowUp") {
            close();
          } else if (!isOpen()) {
            open();
          }
        } else {
          move(event.key === "ArrowDown" ? 1 : -1);
        }
      } else if (event.key === "Enter") {
        // Enter chooses; it does not also submit the form.
        event.preventDefault();
        if (isOpen() && active >= 0) {
          choose(listbox.children[active].dataset.value);
        } else {
          settleText();
        }
      } else if (event.key === "Escape" && isOpen()) {
        event.preventDefault();
        close();
      } else if (event.key === "Escape") {
        input.value = combobox.value;
      }
    });
    // A press on an option must not take the focus from the text box (its blur would settle the text first).
    listbox.addEventListener("mousedown", (event) => event.preventDefault());
    listbox.addEventListener("click", (event) => {
      const option = event.target.closest("[role=option]");
      if (option) {
        choose(option.dataset.value);
      }
    });
  };

  return combobox;
})();

let totals = {};
// The search last asked for (it may still be running) and the one on the page.
let asked = null;

function filtersOf(state) {
  const filters = {};
  for (const name of FILTERS) {
    if (state[name]) {
      filters[name] = state[name];
    }
  }
  return filters;
}

function showProgress() {
  const total = results.length;
  const shown = list.children.length;
  status.textContent = total === 0 ? "No letter matches." : `Showing ${numbers.format(shown)} of ${counted(total, "letter", "letters")}`;
  more.hidden = shown >= total;
}

// Runs a search and shows it (the first state.shown results) once it is complete: the status, a polite live region,
// changes only then, never while the reader is still typing. Returns false when a later search overtook it.
async function search(state) {
  const ticket = ++latest;
  asked = state;
  showOrder(state);
  showTitle(state);
  if (!state.q && !state.sort && FILTERS.every((name) => !state[name])) {
    results = [];
    shownState = state;
    list.replaceChildren();
    list.removeAttribute("aria-busy");
    showCounts(totals);
    status.textContent = "Type words to search the text of every letter, or choose an organization, a country or a year.";
    more.hidden = true;
    return true;
  }

  list.setAttribute("aria-busy", "true");
  const term = state.q || null;
  const filters = filtersOf(state);
  const order = state.sort || (state.q ? "" : "newest");
  const found = await pagefind.search(term, order ? { filters, sort: { date: order === "newest" ? "desc" : "asc" } } : { filters });
  // A filter in use counts its own choices without itself (choosing another country replaces this one, it does not
  // add to it); the others count with every filter in use, as Pagefind's result counts do.
  const counts = {};
  await Promise.all(FILTERS.map(async (name) => {
    const others = { ...filters };
    delete others[name];
    if (!state[name]) {
      counts[name] = found.filters?.[name] ?? {};
    } else if (!term && Object.keys(others).length === 0) {
      counts[name] = totals[name] ?? {};
    } else {
      counts[name] = (await pagefind.search(term, { filters: others })).filters?.[name] ?? {};
    }
  }));
  const data = await Promise.all(found.results.slice(0, Math.max(PAGE_SIZE, state.shown)).map((result) => result.data()));
  if (ticket !== latest) {
    return false;
  }
  results = found.results;
  shownState = state;
  list.replaceChildren(...data.map(resultItem));
  list.removeAttribute("aria-busy");
  showCounts(counts);
  showProgress();
  return true;
}

let loadingMore = false;

// The next results, with the focus on the first of them (the button may now be hidden) and the status saying how
// many are shown; the address keeps the number, so Back and a reload show as many.
async function showMore() {
  if (loadingMore) {
    return;
  }
  loadingMore = true;
  const ticket = latest;
  const from = list.children.length;
  const data = await Promise.all(results.slice(from, from + PAGE_SIZE).map((result) => result.data()));
  loadingMore = false;
  if (ticket !== latest || data.length === 0) {
    return;
  }
  list.append(...data.map(resultItem));
  shownState = { ...shownState, shown: list.children.length };
  remember(shownState, "replace");
  list.children[from].querySelector("a").focus();
  showProgress();
}

// The words typed so far become a search: the bout of typing's entry is pushed once, then replaced.
function settle(endsBout) {
  window.clearTimeout(settleTimer);
  settleTimer = 0;
  const state = stateOfForm();
  const pushed = remember(state, typing ? "replace" : "push");
  typing = !endsBout && (typing || pushed);
  search(state);
}

// Enter, or leaving the field: the words as they are now, and the end of the bout.
function commitWords() {
  if (settleTimer || field("q").value.trim() !== (asked?.q ?? "")) {
    settle(true);
  } else {
    typing = false;
  }
}

function filterChanged() {
  window.clearTimeout(settleTimer);
  settleTimer = 0;
  typing = false;
  const state = stateOfForm();
  remember(state, "push");
  search(state);
}

function listen() {
  const words = field("q");
  words.addEventListener("input", () => {
    const value = words.value.trim();
    if (value) {
      pagefind.preload(value);
    }
    window.clearTimeout(settleTimer);
    settleTimer = window.setTimeout(() => settle(false), SETTLE_MS);
  });
  words.addEventListener("change", commitWords);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    commitWords();
  });
  organizations.onChange = filterChanged;
  for (const name of ["country", "year"]) {
    field(name).addEventListener("change", filterChanged);
  }
  field("sort").addEventListener("change", () => {
    chosenOrder = field("sort").value;
    filterChanged();
  });
  more.addEventListener("click", showMore);
  window.addEventListener("popstate", async (event) => {
    window.clearTimeout(settleTimer);
    window.clearTimeout(scrollTimer);
    settleTimer = 0;
    typing = false;
    const state = readAddress();
    showInForm(state);
    if (await search(state)) {
      restoreScroll(event.state);
    }
  });
  window.addEventListener("scroll", () => {
    window.clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(saveScroll, 150);
  }, { passive: true });
  window.addEventListener("pagehide", saveScroll);
}

async function start() {
  showTitle({ q: (new URLSearchParams(window.location.search).get("q") ?? "").trim() });
  if (!(await loadPagefind())) {
    return;
  }
  totals = await pagefind.filters();
  fillSelects(totals);
  organizations.enable(Object.keys(totals.organization ?? {}));
  const state = readAddress();
  // Words the reader typed while the index was still loading are newer than the address: they are the search
  // (putting the address back in the field would silently erase them, and on a slow phone that is seconds of typing).
  const typed = field("q").value.trim();
  if (typed && typed !== state.q) {
    state.q = typed;
  }
  window.history.replaceState(window.history.state, "", addressOf(state));
  showInForm(state);
  listen();
  if (await search(state)) {
    restoreScroll(window.history.state);
  }
}

start();

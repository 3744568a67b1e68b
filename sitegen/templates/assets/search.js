// The search page: Pagefind's JS API and nothing else (no framework). The query and the filters live in the
// address (/search/?q=…&organization=…&country=…&year=…&sort=…), so a search can be bookmarked and shared;
// the address is updated with history.replaceState as the reader types or filters.

const form = document.querySelector("[data-search]");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");
const more = document.querySelector("[data-search-more]");
const FILTERS = ["organization", "country", "year"];
const FIELDS = ["q", ...FILTERS, "sort"];
const PAGE_SIZE = 20;

let pagefind = null;
let latest = 0;
let pending = [];

function field(name) {
  return form.elements.namedItem(name);
}

// Values asked for in the address; a select cannot hold a value before its options exist, so they are kept here.
function readAddress() {
  const params = new URLSearchParams(window.location.search);
  const wanted = {};
  for (const name of FIELDS) {
    wanted[name] = params.get(name) ?? "";
  }
  field("q").value = wanted.q;
  field("sort").value = wanted.sort === "newest" || wanted.sort === "oldest" ? wanted.sort : "";
  return wanted;
}

function writeAddress() {
  const params = new URLSearchParams();
  for (const name of FIELDS) {
    const value = field(name).value.trim();
    if (value) {
      params.set(name, value);
    }
  }
  const query = params.toString();
  window.history.replaceState(null, "", query ? `?${query}` : window.location.pathname);
}

async function loadPagefind() {
  try {
    pagefind = await import(form.dataset.pagefind);
    await pagefind.options({ baseUrl: form.dataset.root || "/", excerptLength: 30 });
    return true;
  } catch {
    status.textContent = "The search index is not available on this copy of the site (it was built without search). You can still browse every letter, organization and country.";
    return false;
  }
}

async function fillFilters(wanted) {
  const available = await pagefind.filters();
  for (const name of FILTERS) {
    const select = field(name);
    const counts = available[name] ?? {};
    const values = Object.keys(counts);
    values.sort(name === "year" ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b));
    for (const value of values) {
      select.add(new Option(`${value} (${counts[value]})`, value));
    }
    if (wanted[name] && !values.includes(wanted[name])) {
      // A shared link may name a filter value this site no longer has; keep it visible rather than drop it silently.
      select.add(new Option(`${wanted[name]} (0)`, wanted[name]));
    }
    select.value = wanted[name];
  }
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

async function showMore() {
  const ticket = latest;
  const next = pending.splice(0, PAGE_SIZE);
  const data = await Promise.all(next.map((result) => result.data()));
  if (ticket !== latest) {
    return;
  }
  list.append(...data.map(resultItem));
  more.hidden = pending.length === 0;
}

async function run() {
  const ticket = ++latest;
  writeAddress();
  const query = field("q").value.trim();
  const filters = {};
  for (const name of FILTERS) {
    if (field(name).value) {
      filters[name] = field(name).value;
    }
  }
  const order = field("sort").value;
  const options = { filters };
  if (order) {
    options.sort = { date: order === "newest" ? "desc" : "asc" };
  }
  if (!query && Object.keys(filters).length === 0 && !order) {
    list.replaceChildren();
    pending = [];
    more.hidden = true;
    status.textContent = "Type words to search the text of every letter, or choose an organization, a country or a year.";
    return;
  }

  status.textContent = "Searching…";
  const search = query ? await pagefind.debouncedSearch(query, options, 250) : await pagefind.search(null, options);
  if (search === null || ticket !== latest) {
    return;
  }
  const count = search.results.length;
  status.textContent = count === 0 ? "No letter matches." : count === 1 ? "1 letter matches." : `${count} letters match.`;
  list.replaceChildren();
  pending = [...search.results];
  await showMore();
}

async function start() {
  const wanted = readAddress();
  if (!(await loadPagefind())) {
    return;
  }
  await fillFilters(wanted);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    run();
  });
  field("q").addEventListener("input", run);
  for (const name of [...FILTERS, "sort"]) {
    field(name).addEventListener("change", run);
  }
  more.addEventListener("click", showMore);
  await run();
}

start();

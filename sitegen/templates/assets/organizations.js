// The organizations index's filter. Without script it stays hidden, and the index is browsed by initial and by
// country; with it, the reader types and the organizations whose name, acronym or alias matches are listed at once,
// a status saying how many. The names come from the JSON the build writes (data-names: /organizations/index.json),
// fetched once, when the filter is first used. Keyboard: Down (or Enter) from the box goes to the first match,
// Up and Down move between matches, Escape goes back to the box, and Escape in the box empties it.

const filter = document.querySelector("[data-organization-filter]");
const browse = document.querySelector("[data-organization-browse]");
const form = filter.querySelector("form");
const input = filter.querySelector("input");
const status = filter.querySelector("[role=status]");
const results = filter.querySelector("ul");
const SHOWN = 50;
// The status is announced once the reader pauses, not on every keystroke.
const ANNOUNCE_AFTER = 300;

let organizations = null;
let announcing = 0;

// The fold of the API's organization search (api/Organizations/OrganizationNameSearch.cs, after
// core/Organizations/OrganizationNames.cs Key and core/Text/Accents.cs): case and accents ignored, every dash a
// hyphen, every apostrophe straight; hyphens, brackets and slashes separate words.
function fold(text) {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2212]/g, "-")
    .replace(/[\u2018\u2019`\u00b4]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[-()/]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}

function load() {
  organizations ??= fetch(filter.dataset.names)
    .then((response) => {
      if (!response.ok) {
        throw new Error(`${response.status}`);
      }
      return response.json();
    })
    .then((names) =>
      names.organizations.map((o) => ({
        ...o,
        url: names.url.replace("{id}", encodeURIComponent(o.id)),
        // " " before each folded name, so that " " + the typed text finds the start of the name or of any word in it.
        keys: [o.name, o.acronym, ...(o.aliases ?? [])].filter(Boolean).map((name) => ` ${fold(name)}`),
      })),
    );
  return organizations;
}

// An organization matches when one of its names, or a word in one, starts with the text: the API's rule, which this
// extends to text of several words ("rights watch" finds "Human Rights Watch"). Those whose name starts with it come
// first; each group stays A–Z, as the file lists them.
function matches(all, wanted) {
  const first = [];
  const others = [];
  for (const organization of all) {
    if (organization.keys[0].startsWith(` ${wanted}`)) {
      first.push(organization);
    } else if (organization.keys.some((key) => key.includes(` ${wanted}`))) {
      others.push(organization);
    }
  }
  return first.concat(others);
}

function item(organization) {
  const li = document.createElement("li");
  const link = document.createElement("a");
  link.href = organization.url;
  link.textContent = organization.name;
  li.append(link);
  if (organization.acronym) {
    const acronym = document.createElement("abbr");
    acronym.className = "acronym";
    acronym.textContent = organization.acronym;
    li.append(" ", acronym);
  }
  const count = document.createElement("span");
  count.className = "count";
  count.textContent = `${organization.letterCount} ${organization.letterCount === 1 ? "letter" : "letters"}`;
  li.append(" ", count);
  return li;
}

function describe(found, typed) {
  const quoted = `\u201c${typed}\u201d`;
  if (found === 0) {
    return `No organization matches ${quoted}.`;
  }
  if (found === 1) {
    return `1 organization matches ${quoted}.`;
  }
  if (found <= SHOWN) {
    return `${found} organizations match ${quoted}.`;
  }
  return `${found} organizations match ${quoted}; the first ${SHOWN} are shown: type more to narrow them down.`;
}

function announce(text) {
  window.clearTimeout(announcing);
  if (text === "") {
    status.textContent = "";
    return;
  }
  announcing = window.setTimeout(() => {
    status.textContent = text;
  }, ANNOUNCE_AFTER);
}

async function update() {
  const typed = input.value.trim();
  const wanted = fold(typed);
  if (wanted === "") {
    results.replaceChildren();
    results.hidden = true;
    browse.hidden = false;
    announce("");
    return;
  }
  let all;
  try {
    all = await load();
  } catch {
    organizations = null;
    browse.hidden = false;
    announce("The list of organizations could not be loaded: browse them by initial or by country below.");
    return;
  }
  if (input.value.trim() !== typed) {
    // The reader typed on while the names loaded: that newer text is filtered by its own update.
    return;
  }
  const found = matches(all, wanted);
  results.replaceChildren(...found.slice(0, SHOWN).map(item));
  results.hidden = found.length === 0;
  browse.hidden = true;
  announce(describe(found.length, typed));
}

function links() {
  return [...results.querySelectorAll("a")];
}

input.addEventListener("input", update);
input.addEventListener("focus", () => {
  load().catch(() => {
    organizations = null;
  });
});
input.addEventListener("keydown", (event) => {
  if ((event.key === "ArrowDown" || event.key === "Enter") && links().length > 0) {
    event.preventDefault();
    links()[0].focus();
  } else if (event.key === "Escape" && input.value !== "") {
    event.preventDefault();
    input.value = "";
    update();
  }
});
results.addEventListener("keydown", (event) => {
  const all = links();
  const at = all.indexOf(document.activeElement);
  if (at < 0) {
    return;
  }
  if (event.key === "ArrowDown" && at + 1 < all.length) {
    event.preventDefault();
    all[at + 1].focus();
  } else if (event.key === "ArrowUp") {
    event.preventDefault();
    (at > 0 ? all[at - 1] : input).focus();
  } else if (event.key === "Escape") {
    event.preventDefault();
    input.focus();
  }
});
// Nothing to submit: the matches are already listed.
form.addEventListener("submit", (event) => event.preventDefault());

filter.hidden = false;
// Back to this page, the browser may have kept what was typed.
if (input.value.trim() !== "") {
  update();
}

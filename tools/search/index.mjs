// Writes the site's search index from records, one JSON object per line ({ url, content, language, meta, filters,
// sort }), with Pagefind's Node API instead of its crawl of the written HTML (issue 21).
// The build (sitegen/Build/IndexSearch.cs) writes the records from the letter pages' model and runs:
//   node tools/search/index.mjs <records.jsonl> <output folder> <language> <letters per bundle>
// Every record is indexed in <language> (the build gives the site's), whatever its own `language`: Pagefind writes one
// index per language and the search page loads only its own, so a French letter indexed as French would not be found
// from the English search page (README, "Search": the language choice).
//
// Bundles: Pagefind's indexer holds everything it was given in memory until it writes (measured: about 270 KB per
// generated letter; docs/benchmarks.md, issue 21), so the records are indexed in bundles of at most <letters per
// bundle> letters, each by its own indexer process, stopped before the next starts. Each bundle holds a range of
// dates (the records sorted by their `date` sort key, letters of one date never split), so the search page can put
// together a sorted search by taking the bundles in date order. The first (oldest) bundle is written in the output
// folder itself, the others in `part-N/` inside it, and `bundles.json` lists them all, oldest first:
//   { "bundles": [ { "path": "", "from": "1995", "to": "2001-03-02", "letters": 1000 }, { "path": "part-1/", … } ] }
// The search page (sitegen/templates/assets/search.js) reads it and searches every bundle.
// Exit code 1 with a message naming the file and line when a record is not valid JSON or Pagefind refuses it.
import { closeSync, createReadStream, openSync, readSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createIndex, close } from "pagefind";

const [recordsPath, outputPath, forceLanguage, bundleArgument] = process.argv.slice(2);
const lettersPerBundle = Number(bundleArgument);
if (!recordsPath || !outputPath || !forceLanguage || !Number.isInteger(lettersPerBundle) || lettersPerBundle < 1) {
  console.error("usage: node tools/search/index.mjs <records.jsonl> <output folder> <language> <letters per bundle>");
  process.exit(2);
}

class RecordError extends Error {}

// Where each record's line is in the file, and its date; the records themselves are read again bundle by bundle, so
// this program never holds more than one bundle's records.
async function readPlaces() {
  const places = [];
  let offset = 0;
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(recordsPath, "utf8"), crlfDelay: Infinity })) {
    line++;
    const length = Buffer.byteLength(text, "utf8");
    if (text.trim() !== "") {
      let record;
      try {
        record = JSON.parse(text);
      } catch (e) {
        throw new RecordError(`${recordsPath}:${line}: not a JSON record: ${e.message}`);
      }
      places.push({ line, offset, length, date: String(record.sort?.date ?? "") });
    }
    offset += length + 1;
  }
  return places;
}

// Oldest first (Pagefind sorts string keys by their bytes; dates are ASCII), in file order within a date; a bundle is
// closed at its size, or past it at the first change of date.
function bundlesOf(places) {
  const sorted = places.map((place, i) => ({ place, i })).sort((a, b) => (a.place.date < b.place.date ? -1 : a.place.date > b.place.date ? 1 : a.i - b.i)).map((p) => p.place);
  const bundles = [];
  let current = [];
  for (const place of sorted) {
    if (current.length >= lettersPerBundle && current[current.length - 1].date !== place.date) {
      bundles.push(current);
      current = [];
    }
    current.push(place);
  }
  if (current.length > 0) {
    bundles.push(current);
  }
  return bundles;
}

async function writeBundle(places, folder, file) {
  const { errors: createErrors, index } = await createIndex({ forceLanguage });
  if (!index) {
    throw new RecordError("search: Pagefind could not create an index: " + createErrors.join("; "));
  }
  for (const place of places) {
    const bytes = Buffer.alloc(place.length);
    readSync(file, bytes, 0, place.length, place.offset);
    const record = JSON.parse(bytes.toString("utf8"));
    const { errors } = await index.addCustomRecord(record);
    if (errors.length > 0) {
      throw new RecordError(`${recordsPath}:${place.line}: Pagefind refused the record of ${record.url}: ${errors.join("; ")}`);
    }
  }
  const { errors } = await index.writeFiles({ outputPath: folder });
  if (errors.length > 0) {
    throw new RecordError("search: Pagefind could not write the index: " + errors.join("; "));
  }
  // Stops the indexer process, so its memory is given back before the next bundle's starts.
  await close();
}

try {
  const bundles = bundlesOf(await readPlaces());
  const file = openSync(recordsPath, "r");
  const listed = [];
  try {
    for (const [i, places] of bundles.entries()) {
      const path = i === 0 ? "" : `part-${i}/`;
      await writeBundle(places, join(outputPath, path), file);
      listed.push({ path, from: places[0].date, to: places[places.length - 1].date, letters: places.length });
    }
  } finally {
    closeSync(file);
  }
  if (bundles.length === 0) {
    await writeBundle([], outputPath, null);
    listed.push({ path: "", from: "", to: "", letters: 0 });
  }
  writeFileSync(join(outputPath, "bundles.json"), JSON.stringify({ bundles: listed }, null, 1) + "\n");
  console.log(`Indexed ${listed.reduce((sum, b) => sum + b.letters, 0)} pages in ${listed.length} bundle(s)`);
} catch (e) {
  console.error(e instanceof RecordError ? e.message : `search: ${e.stack ?? e}`);
  process.exitCode = 1;
  await close();
}

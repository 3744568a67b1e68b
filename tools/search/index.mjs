// Writes the site's search index from records, one JSON object per line ({ url, content, language, meta, filters,
// sort }), with Pagefind's Node API instead of its crawl of the written HTML (issue 21).
// The build (sitegen/Build/IndexSearch.cs) writes the records from the letter pages' model and runs:
//   node tools/search/index.mjs <records.jsonl> <output folder> [<language>]
// With a language (the build gives the site's), every record is indexed in it, whatever its own `language`: Pagefind
// writes one index per language and the search page loads only its own, so a French letter indexed as French would
// not be found from the English search page (README, "Search": the language choice).
// Exit code 1 with a message naming the file and line when a record is not valid JSON or Pagefind refuses it.
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createIndex, close } from "pagefind";

const [recordsPath, outputPath, forceLanguage] = process.argv.slice(2);
if (!recordsPath || !outputPath) {
  console.error("usage: node tools/search/index.mjs <records.jsonl> <output folder> [<language>]");
  process.exit(2);
}

function fail(message) {
  console.error(message);
  process.exitCode = 1;
}

const { errors: createErrors, index } = await createIndex(forceLanguage ? { forceLanguage } : {});
if (!index) {
  fail("search: Pagefind could not create an index: " + createErrors.join("; "));
} else {
  let line = 0;
  let indexed = 0;
  let ok = true;
  for await (const text of createInterface({ input: createReadStream(recordsPath, "utf8"), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") {
      continue;
    }
    let record;
    try {
      record = JSON.parse(text);
    } catch (e) {
      fail(`${recordsPath}:${line}: not a JSON record: ${e.message}`);
      ok = false;
      break;
    }
    const { errors } = await index.addCustomRecord(record);
    if (errors.length > 0) {
      fail(`${recordsPath}:${line}: Pagefind refused the record of ${record.url}: ${errors.join("; ")}`);
      ok = false;
      break;
    }
    indexed++;
  }
  if (ok) {
    const { errors } = await index.writeFiles({ outputPath });
    if (errors.length > 0) {
      fail("search: Pagefind could not write the index: " + errors.join("; "));
    } else {
      console.log(`Indexed ${indexed} pages`);
    }
  }
}
await close();

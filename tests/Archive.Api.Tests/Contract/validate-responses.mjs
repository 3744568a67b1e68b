// Validates real API responses against the OpenAPI document's schemas with additional properties refused
// (issue 18). Input: a JSON file { document, samples: [{ label, schema, body }] }, where schema is the schema of
// the response in the document (usually a $ref into components). Prints one line per failure; exit code 1 if any.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";

const { document, samples } = JSON.parse(readFileSync(process.argv[2], "utf8"));

// Every object schema that lists its properties refuses others, so a field the document does not declare fails.
function closeObjects(node) {
  if (Array.isArray(node)) {
    node.forEach(closeObjects);
  } else if (node && typeof node === "object") {
    if (node.properties && !("additionalProperties" in node)) {
      node.additionalProperties = false;
    }
    Object.values(node).forEach(closeObjects);
  }
}

const components = structuredClone(document.components);
closeObjects(components);
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

let failures = 0;
for (const { label, schema, body } of samples) {
  const validate = ajv.compile({ ...schema, components });
  if (!validate(body)) {
    failures++;
    console.log(`${label}: ${ajv.errorsText(validate.errors, { separator: "; " })}`);
  }
}

console.log(`${samples.length} responses validated, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);

// Validates a Frictionless Data Package with the `datapackage` npm package, a reader the archive does not control:
// the descriptor against the Data Package profile, then every tabular resource's rows against its Table Schema (types,
// required values, primary keys, foreign keys between the tables). Table Schema patterns match the whole value (they
// are XML Schema regular expressions), which tableschema-js does not enforce, so they are checked here, anchored, as
// the schema states them. Prints a JSON summary (the resources and their row counts) or fails with every problem
// found. Used by DataPackageTests (issue 19).
// Usage: node tests/datapackage/validate-package.mjs FOLDER/datapackage.json
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Package } from 'datapackage';

const file = process.argv[2];
const problems = [];
try {
  const descriptor = JSON.parse(readFileSync(file, 'utf8'));
  const dataPackage = await Package.load(descriptor, { basePath: path.dirname(file), strict: false });
  for (const error of dataPackage.errors) {
    problems.push(`${file}: ${error.message}`);
  }

  const summary = { profile: dataPackage.profile.name, resources: [] };
  for (const resource of dataPackage.resources) {
    for (const error of resource.errors) {
      problems.push(`${resource.name}: ${error.message}`);
    }

    const entry = { name: resource.name, path: resource.descriptor.path, tabular: resource.tabular };
    if (resource.tabular) {
      try {
        // cast: each value to its field's type, with its constraints; relations: each foreign key resolved.
        const rows = await resource.read({ keyed: true, cast: true, relations: true });
        entry.rows = rows.length;
        entry.headers = resource.headers;
        const patterns = resource.schema.fields
          .filter((field) => field.constraints.pattern)
          .map((field) => [field.name, new RegExp(`^(?:${field.constraints.pattern})$`, 'u')]);
        const raw = await resource.read({ keyed: true, cast: false });
        raw.forEach((row, index) => {
          for (const [name, pattern] of patterns) {
            if (row[name] !== '' && !pattern.test(row[name])) {
              problems.push(`${resource.name} row ${index + 2}: ${name} "${row[name]}" does not match ${pattern}`);
            }
          }
        });
      } catch (error) {
        const details = (error.errors || []).map((e) => e.message).join('; ');
        problems.push(`${resource.name}: ${error.message}${details ? ` (${details})` : ''}`);
      }
    }

    summary.resources.push(entry);
  }

  if (problems.length > 0) {
    throw new Error(problems.join('\n'));
  }

  process.stdout.write(JSON.stringify(summary));
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

// A partner's program, type-checked (tsc --noEmit) against a client generated from the OpenAPI document by
// openapi-typescript, and fed the API's real responses (responses.ts, written by the test). If the document
// loosened a type (total: number | string, a nullable id) or a real response left the document, this stops compiling.
import type { components, paths } from "./api";
import * as real from "./responses";

type Schemas = components["schemas"];
type LettersPage = paths["/api/v1/letters"]["get"]["responses"][200]["content"]["application/json"];

function pagesOf(page: LettersPage, pageSize: number): number {
  const total: number = page.total;
  return Math.ceil(total / pageSize);
}

function nextAddress(page: LettersPage): string | null {
  return page.links.next;
}

function describe(letter: Schemas["LetterJson"]): string {
  const id: string = letter.id;
  const page: string = letter.url;
  const known: "day" | "month" | "year" = letter.datePrecision;
  const added: Date = new Date(letter.added);
  const signers: number = letter.signatories.length;
  const organizations: string[] = letter.signatories.map((s) => s.organizationId);
  return `${id} (${known}, added ${added.toISOString()}, ${signers} organizations: ${organizations.join(", ")}) ${page}`;
}

function fix(problem: Schemas["ProblemDetails"]): string {
  const status: number = problem.status;
  return problem.parameter === undefined ? `${status}: ${problem.detail}` : `change ${problem.parameter}: ${problem.detail}`;
}

function since(index: Schemas["ApiIndex"]): string {
  return index.lastChanged ?? "1970-01-01";
}

function snippetFields(page: Schemas["SearchPage"]): ("title" | "signatory" | "recipient" | "body")[] {
  return page.items.flatMap((hit) => hit.snippets.map((s) => s.field));
}

function ready(health: Schemas["Health"]): boolean {
  return health.status === "ok" && health.search === "ready" && health.letters > 0;
}

export const report: string[] = [
  `${pagesOf(real.letters, 20)} pages, next: ${nextAddress(real.letters)}`,
  describe(real.letter),
  fix(real.problem),
  `sync from ${since(real.index)}`,
  snippetFields(real.search).join(","),
  `${ready(real.health)}`,
  `${real.organizations.total + real.countries.total} organizations and countries, ${real.organization.coSigners.length} co-signers, ${real.country.letters.length} letters`,
];

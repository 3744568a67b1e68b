// Prints netlify.toml as Netlify itself resolves it (build, headers, redirects) as JSON, or fails with
// Netlify's own message. Used by NetlifyConfigTests so that a typo in netlify.toml fails CI.
// Usage: node tests/netlify/read-config.mjs REPOSITORY_ROOT
import { resolveConfig } from '@netlify/config';
// @netlify/config's own header parser (installed with it), for the pattern Netlify matches each rule's paths with.
import { parseAllHeaders } from '@netlify/headers-parser';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');
try {
  const { config } = await resolveConfig({
    config: path.join(root, 'netlify.toml'),
    repositoryRoot: root,
    cwd: root,
    offline: true,
    mode: 'cli',
    context: 'production',
  });
  // Each header rule with the pattern Netlify matches paths with (forRegExp, printed as its source, matched
  // ignoring case), which the resolved configuration leaves out.
  const parsed = await parseAllHeaders({ configHeaders: config.headers });
  const headers = parsed.headers.map(({ forRegExp, ...rule }) => ({ ...rule, forRegExp: forRegExp.source }));
  process.stdout.write(JSON.stringify({ build: config.build, headers, redirects: config.redirects }));
} catch (error) {
  process.stderr.write(`netlify.toml: ${error.message}\n`);
  process.exit(1);
}

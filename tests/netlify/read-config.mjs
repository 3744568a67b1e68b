// Prints netlify.toml as Netlify itself resolves it (build, headers, redirects) as JSON, or fails with
// Netlify's own message. Used by NetlifyConfigTests so that a typo in netlify.toml fails CI.
// Usage: node tests/netlify/read-config.mjs REPOSITORY_ROOT
import { resolveConfig } from '@netlify/config';
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
  process.stdout.write(JSON.stringify({ build: config.build, headers: config.headers, redirects: config.redirects }));
} catch (error) {
  process.stderr.write(`netlify.toml: ${error.message}\n`);
  process.exit(1);
}

// Reads a GEXF file with graphology-gexf, a GEXF reader the archive does not control, and prints what it understood
// as JSON: the graph's type, its nodes with their attributes and its edges with their weights; or fails with the
// reader's message. Used by NetworkGexfTests (issue 19).
// Usage: node tests/gexf/read-network.mjs FILE.gexf
import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import gexf from 'graphology-gexf';

try {
  const graph = gexf.parse(Graph, readFileSync(process.argv[2], 'utf8'));
  process.stdout.write(JSON.stringify({
    type: graph.type,
    multi: graph.multi,
    nodes: graph.mapNodes((id, attributes) => ({ id, ...attributes })),
    edges: graph.mapEdges((edge, attributes, source, target, _s, _t, undirected) => ({ source, target, undirected, weight: attributes.weight })),
  }));
} catch (error) {
  process.stderr.write(`${process.argv[2]}: ${error.message}\n`);
  process.exit(1);
}

#!/usr/bin/env node
// `npm run diagrams`: the diagram pipeline's CLI (src/diagrams/cli.ts), with the generated
// sources this site has: the concept maps, drawn from the content.
import { conceptMapGenerator } from '../src/concepts/index.ts';
import { runDiagramsCli } from '../src/diagrams/cli.ts';

process.exit(await runDiagramsCli(process.argv.slice(2), [conceptMapGenerator()]));

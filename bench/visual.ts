// Bytes per diagram before and after issue 24 (the visual language): what a page carries for each
// diagram, its main and narrow SVG (gzip, each alone), and its icons once. "Before" is the render
// committed at `BENCH_VISUAL_BEFORE` (default 2ed0522, main when the work began), read with git.
import { execFileSync } from 'node:child_process';
import { readDiagramSources, readRendered, type RenderedDiagram } from '../src/diagrams/cache.ts';
import { iconSymbols } from '../src/diagrams/icons.ts';
import { sizes, writeResult } from './lib.ts';

const BEFORE = process.env.BENCH_VISUAL_BEFORE ?? '2ed0522';

export interface DiagramBytes {
  id: string;
  before?: { main: number; narrow: number };
  after: { main: number; narrow: number; icons: number; iconCount: number };
}

function beforeRender(id: string): RenderedDiagram | undefined {
  try {
    const text = execFileSync('git', ['show', `${BEFORE}:diagrams/rendered/${id}.json`], {
      encoding: 'utf8',
    });
    return JSON.parse(text) as RenderedDiagram;
  } catch {
    return undefined;
  }
}

export async function benchVisual() {
  const diagrams: DiagramBytes[] = readDiagramSources().flatMap((source) => {
    const after = readRendered(source.id);
    if (!after) return [];
    const before = beforeRender(source.id);
    const icons = after.visual?.icons ?? [];
    return [
      {
        id: source.id,
        ...(before
          ? {
              before: {
                main: sizes(before.html).gzip,
                narrow: before.narrow ? sizes(before.narrow.html).gzip : 0,
              },
            }
          : {}),
        after: {
          main: sizes(after.html).gzip,
          narrow: after.narrow ? sizes(after.narrow.html).gzip : 0,
          icons: icons.length > 0 ? sizes(iconSymbols(icons)).gzip : 0,
          iconCount: icons.length,
        },
      },
    ];
  });
  const path = writeResult('visual', { measuredAt: new Date().toISOString(), before: BEFORE, diagrams });
  console.log(`  bytes per diagram, before (${BEFORE}) and after: ${path}`);
  return diagrams;
}

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../shared/problems.ts';
import { DIAGRAMS_DIR } from './cache.ts';
import { projectRoot } from '../shared/project.ts';

/**
 * Diagram sources made from something else, such as the concept maps drawn from the content. The
 * pipeline keeps them in `diagrams/` like hand-written ones (rendered, committed, reviewable) and
 * checks that they still match what they are made from. Registered by whoever owns the source:
 * `diagrams({ generators: [...] })` in `astro.config.mjs` and `scripts/diagrams.ts`.
 */
export interface DiagramGenerator {
  /** What it makes, for messages: `concept map`. */
  name: string;
  /** Whether a file in `diagrams/` is one of its outputs (current, or left over from older input). */
  owns(fileName: string): boolean;
  /** The files it makes now: file name in `diagrams/` to Mermaid text. */
  generate(): ReadonlyMap<string, string>;
}

/** What `diagrams/` must change to match a generator: files to write and files to delete. */
export interface GeneratedChanges {
  generator: DiagramGenerator;
  write: Map<string, string>;
  remove: string[];
}

export function generatedChanges(generator: DiagramGenerator, root = projectRoot()): GeneratedChanges {
  const dir = join(root, DIAGRAMS_DIR);
  const existing = existsSync(dir) ? readdirSync(dir).filter((name) => generator.owns(name)) : [];
  const wanted = generator.generate();
  const write = new Map(
    [...wanted].filter(
      ([name, text]) => !existing.includes(name) || readFileSync(join(dir, name), 'utf8') !== text,
    ),
  );
  return { generator, write, remove: existing.filter((name) => !wanted.has(name)) };
}

/** Brings `diagrams/` in line with the generators; returns what changed, as `diagrams/<file>` paths. */
export function applyGenerated(
  generators: readonly DiagramGenerator[],
  root = projectRoot(),
): { written: string[]; removed: string[] } {
  const written: string[] = [];
  const removed: string[] = [];
  for (const changes of generators.map((g) => generatedChanges(g, root))) {
    for (const [name, text] of changes.write) {
      writeFileSync(join(root, DIAGRAMS_DIR, name), text);
      written.push(`${DIAGRAMS_DIR}/${name}`);
    }
    for (const name of changes.remove) {
      rmSync(join(root, DIAGRAMS_DIR, name));
      removed.push(`${DIAGRAMS_DIR}/${name}`);
    }
  }
  return { written, removed };
}

/** Generated files that no longer match their input, as problems to fix with `npm run diagrams`. */
export function generatedProblems(generators: readonly DiagramGenerator[], root = projectRoot()): Problem[] {
  return generators.flatMap((generator) => {
    const changes = generatedChanges(generator, root);
    return [
      ...[...changes.write.keys()].map((name) => ({
        position: { file: `${DIAGRAMS_DIR}/${name}`, line: 1 },
        message: `the ${generator.name} is missing or no longer matches what it is made from: run \`npm run diagrams\``,
      })),
      ...changes.remove.map((name) => ({
        position: { file: `${DIAGRAMS_DIR}/${name}`, line: 1 },
        message: `a ${generator.name} that is no longer made: run \`npm run diagrams\` to remove it`,
      })),
    ];
  });
}

import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkAnswers, entriesFromFiles } from '../answers/index.ts';
import { readDiagramSources } from '../diagrams/index.ts';
import { platformProblems } from '../platform/index.ts';
import { checkSearchDataFiles } from '../search/index.ts';
import { readContentFiles } from '../shared/content.ts';
import { ContentError, type Problem } from '../shared/problems.ts';
import { checkReferences } from './references.ts';
import { projectRoot, setProjectRoot } from '../shared/project.ts';

/**
 * Every check of the content that needs more than one file: answers (numbers unique and
 * complete), references between pages and diagrams, diagram node links, pages and diagrams
 * against the platform file, and the search data files. Reported together, each with its file and line.
 */
function contentProblems(root = projectRoot()): Problem[] {
  const files = readContentFiles(root);
  const diagrams = readDiagramSources(root);
  return [
    ...checkAnswers(entriesFromFiles(files).entries).problems,
    ...checkReferences(files, diagrams),
    ...platformProblems(files, diagrams, root),
    ...checkSearchDataFiles(files.map((file) => file.id)),
  ];
}

/**
 * Checks the content before anything is built. In a build the checks run at build start, after
 * Astro has validated frontmatter against the schema, so a field error is reported first; any
 * problem stops the build. In `astro dev` they are logged, so a page can still be previewed.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: 'content-checks',
    hooks: {
      // Every file the build reads is found from Astro's root, not the working directory.
      'astro:config:setup': ({ config }) => {
        setProjectRoot(fileURLToPath(config.root));
      },
      'astro:build:start': () => {
        const problems = contentProblems();
        if (problems.length > 0) throw new ContentError(problems, 'Content checks failed');
      },
      'astro:server:setup': ({ logger }) => {
        const problems = contentProblems();
        if (problems.length > 0) logger.error(new ContentError(problems, 'Content checks failed').message);
      },
    },
  };
}

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults, unified, type RehypePlugins } from '@astrojs/markdown-remark';

/**
 * Renders a Markdown fixture file through Astro's unified processor with the given rehype plugins,
 * as a page is rendered (the file's path is passed on, for plugins that read the page).
 */
export async function renderFixture(file: string, rehypePlugins: RehypePlugins): Promise<string> {
  const renderer = await unified({ rehypePlugins }).createRenderer(markdownConfigDefaults);
  const markdown = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return (await renderer.render(markdown, { fileURL: pathToFileURL(file) })).code;
}

/** The expected output beside a fixture, without its final newline. */
export function expectedHtml(file: string): string {
  return readFileSync(file, 'utf8').trimEnd();
}

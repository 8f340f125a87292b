import type { APIRoute } from 'astro';
import { webManifest } from '~/offline/index.ts';
import { basePath } from '~/shared/urls.ts';

/** `/manifest.webmanifest`: what makes the site installable (`src/offline/manifest.ts`). */
export const GET: APIRoute = () => {
  const manifest = webManifest({
    name: 'Data Engineering Answers',
    shortName: 'DE Answers',
    description: "A data engineer's answers to 14 interview questions, to read, search and practise offline.",
    base: basePath(import.meta.env.BASE_URL),
  });
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
};

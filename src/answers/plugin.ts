import { featurePlugin } from '../shared/starlight-plugin.ts';

/** The answers feature in Starlight: its styles, and the sidebar and previous/next built from the content. */
export function answersPlugin() {
  return featurePlugin('site-answers', new URL('./', import.meta.url), {
    css: ['answers.css'],
    middleware: ['navigation.ts'],
  });
}

/**
 * The list of what the offline copy of the site holds (`offline.json`, written at build): every page
 * and every file of the search index with its size and revision. The "Save for offline" control
 * fetches what it names; the service worker, when a new version activates, drops every cached page
 * and chunk the list no longer names or whose revision changed. Pure, for both and for the tests.
 */
import { fileKind, fileUrl, type FileKind } from './files.ts';

/** Cache names, shared by the service worker and the pages (Cache Storage is per origin). */
export const CACHE_PREFIX = 'de-answers-offline';
export const PAGES_CACHE = `${CACHE_PREFIX}-pages`;
export const SEARCH_CACHE = `${CACHE_PREFIX}-search`;
export const ASSETS_CACHE = `${CACHE_PREFIX}-assets`;
/** The header a cached page carries with the revision it was cached at. */
export const REVISION_HEADER = 'x-offline-revision';

export interface OfflineFile {
  /** Path under the site's origin, base included: `/answers/x/`. */
  url: string;
  bytes: number;
  /** A hash of the file's content; null for names that already hash it (`_astro/`, index chunks). */
  revision: string | null;
  kind: Exclude<FileKind, 'never'>;
}

export interface OfflineList {
  /** Changes whenever any file of the list changes. */
  version: string;
  files: OfflineFile[];
}

/** A built file, relative to the output folder (`/` separators), with its size and content hash. */
export interface BuiltFile {
  file: string;
  bytes: number;
  hash: string;
}

/** Names whose content is already in the name: a new content is a new URL. */
const HASHED_NAME = /^(_astro\/|pagefind\/(index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/;

/**
 * The list from the build's files: every file the offline copy can hold, in path order. `version`
 * is derived from the revisions, so two builds of the same site give the same list.
 */
export function offlineList(
  files: readonly BuiltFile[],
  base: string,
  hashOf: (text: string) => string,
): OfflineList {
  const kept = files
    .map((f) => ({ ...f, kind: fileKind(f.file) }))
    .filter((f): f is BuiltFile & { kind: OfflineFile['kind'] } => f.kind !== 'never')
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const entries: OfflineFile[] = kept.map((f) => ({
    url: fileUrl(f.file, base),
    bytes: f.bytes,
    revision: HASHED_NAME.test(f.file) ? null : f.hash,
    kind: f.kind,
  }));
  const version = hashOf(entries.map((e) => `${e.url} ${e.revision ?? ''}`).join('\n'));
  return { version, files: entries };
}

/** What a cache holds for one URL: the revision it was stored with (null: none recorded). */
export type CachedRevisions = ReadonlyMap<string, string | null>;

/**
 * Cached runtime entries (pages, index chunks) a new version must drop: those the list no longer
 * names (a removed page) and those stored with another revision than the list's (a changed page).
 * Keys are paths under the origin, as in the list.
 */
export function entriesToDrop(list: OfflineList, cached: CachedRevisions): string[] {
  const revisions = new Map(list.files.map((f) => [f.url, f.revision]));
  return [...cached]
    .filter(([url, revision]) => {
      if (!revisions.has(url)) return true;
      const current = revisions.get(url) ?? null;
      return current !== null && revision !== null && revision !== current;
    })
    .map(([url]) => url);
}

/**
 * The files of the list a reader's browser does not hold yet, or holds at another revision: what
 * "Save for offline" fetches. `cached` maps a path to the revision recorded (null: held, no
 * revision recorded, as the precache holds its files).
 */
export function filesToSave(list: OfflineList, cached: CachedRevisions): OfflineFile[] {
  return list.files.filter((f) => {
    if (!cached.has(f.url)) return true;
    const revision = cached.get(f.url) ?? null;
    return f.revision !== null && revision !== null && revision !== f.revision;
  });
}

/**
 * Export, import and the offer to reset corrupt progress, on the practice page's overview. An
 * import is read and checked first, then previewed ("what it will change"), and only merged when
 * the reader confirms; a file that is refused leaves the progress exactly as it was.
 */
import { plural } from '../shared/text.ts';
import { element } from '../shared/dom.ts';
import { download, find, type PracticeApp } from './app.client.ts';
import { dateTime } from './progress.ts';
import { emptyState, type Loaded } from './store.ts';
import {
  exportFileName,
  exportText,
  mergeStates,
  planImport,
  readImport,
  type ImportFile,
} from './transfer.ts';

export function startTransfer(
  app: PracticeApp,
  options: {
    loaded: Loaded;
    showNotice: (title: string, detail: string | readonly (string | Node)[], actions?: boolean) => void;
  },
) {
  const root = app.root;
  const alertBox = find(root, '[data-practice-alert]');
  const fileInput = find<HTMLInputElement>(root, '[data-import-file]');
  const importButton = find<HTMLButtonElement>(root, '[data-import]');
  const preview = find(root, '[data-import-preview]');
  let pending: ImportFile | undefined;

  const alert = (message: string) => {
    alertBox.textContent = message;
  };
  const clearAlert = () => {
    alertBox.textContent = '';
  };

  find(root, '[data-export]').addEventListener('click', () => {
    const now = new Date();
    download(exportText(app.state, now), exportFileName(now), 'application/json');
    app.announce('Progress exported: the file is in your downloads.');
  });

  importButton.addEventListener('click', () => {
    clearAlert();
    fileInput.value = '';
    fileInput.click();
  });

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    closePreview();
    let text: string;
    try {
      text = await file.text();
    } catch {
      alert(`This file cannot be imported: it could not be read. Your progress has not been changed.`);
      return;
    }
    const read = readImport(
      text,
      app.data.questions.map((q) => q.slug),
    );
    if (!read.ok) {
      alert(read.message);
      return;
    }
    showPreview(file.name, read.file);
  });

  function showPreview(name: string, file: ImportFile): void {
    const changes = planImport(app.state, file.state);
    pending = file;
    find(preview, '[data-import-title]').textContent = `Import “${name}”?`;
    const from = file.exportedAt ? `Exported on ${dateTime(file.exportedAt)}. ` : '';
    const skipped =
      file.unknown.length > 0
        ? ` ${file.unknown.length} ${file.unknown.length === 1 ? 'entry is' : 'entries are'} for questions this site does not have and will be left out.`
        : '';
    find(preview, '[data-import-summary]').textContent =
      changes.length === 0
        ? `${from}It holds nothing you do not already have: importing changes nothing.${skipped}`
        : `${from}Importing will change ${changes.length} ${changes.length === 1 ? 'question' : 'questions'}; everything else stays as it is.${skipped}`;
    const number = (slug: string) => app.question(slug)?.number ?? Infinity;
    const reviews = (n: number) => plural(n, 'review');
    find(preview, '[data-import-changes]').replaceChildren(
      ...[...changes]
        .sort((a, b) => number(a.slug) - number(b.slug))
        .map((change) => {
          const q = app.question(change.slug);
          const parts: string[] = [];
          if (change.card === 'added') parts.push(`progress added (${reviews(change.newReviews)})`);
          else if (change.card === 'updated')
            parts.push(`${reviews(change.newReviews)} newer; its schedule is replaced`);
          else if (change.newReviews > 0)
            parts.push(`${reviews(change.newReviews)} older added to its history`);
          if (change.draft === 'added') parts.push('a draft added');
          if (change.draft === 'updated') parts.push('your draft replaced by a newer one');
          if (change.conflicts)
            parts.push(
              `${change.conflicts === 1 ? 'a review differs' : `${change.conflicts} reviews differ`} from yours at the same moment; yours ${change.conflicts === 1 ? 'is' : 'are'} kept`,
            );
          const item = element(
            'li',
            undefined,
            `Q${q?.number ?? '?'}. ${q?.shortTitle ?? change.slug}: ${parts.join(', ')}`,
          );
          item.dataset['importChange'] = change.slug;
          return item;
        }),
    );
    preview.hidden = false;
    find(preview, '[data-import-title]').focus();
  }

  function closePreview(): void {
    pending = undefined;
    preview.hidden = true;
  }

  find(root, '[data-import-confirm]').addEventListener('click', () => {
    if (!pending) return;
    const changed = planImport(app.state, pending.state).length;
    app.state = mergeStates(app.state, pending.state);
    app.save();
    closePreview();
    app.renderOverview();
    importButton.focus();
    app.announce(`Progress imported: ${changed} ${changed === 1 ? 'question' : 'questions'} changed.`);
  });

  find(root, '[data-import-cancel]').addEventListener('click', () => {
    closePreview();
    importButton.focus();
    app.announce('Import cancelled. Nothing was changed.');
  });

  // Stored progress that could not be read: kept aside by `loadState`; offered for download and
  // reset here. Practising without resetting is fine too: the copy kept aside stays.
  const { loaded } = options;
  if (loaded.status === 'corrupt') {
    options.showNotice(
      'Your saved progress could not be read',
      [
        `It may have been damaged or changed by hand (${loaded.problem}). Nothing was deleted: a copy is kept in this browser under `,
        element('code', undefined, loaded.asideKey),
        '. Download it to look at it, or reset your progress to start afresh.',
      ],
      true,
    );
    find(root, '[data-corrupt-download]').addEventListener('click', () => {
      download(app.storage?.getItem(loaded.asideKey) ?? '', `${loaded.asideKey}.json`, 'application/json');
      app.announce('The unreadable data is in your downloads.');
    });
    find(root, '[data-corrupt-reset]').addEventListener('click', () => {
      app.state = emptyState();
      app.save();
      find(root, '[data-storage-notice]').hidden = true;
      app.renderOverview();
      find(root, '#practice-today').focus();
      app.announce(`Progress reset. The unreadable data is still kept under “${loaded.asideKey}”.`);
    });
  }

  return { alert, clearAlert };
}

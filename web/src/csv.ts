import { h } from './dom.js';
import { t } from './i18n.js';

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
function field(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV text of a table, with a UTF-8 byte order mark first: spreadsheet programs (Excel above
 * all) otherwise read the file in a legacy code page and garble Vietnamese diacritics.
 */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** A "Download CSV" button; the rows are read when it is clicked, so the list can still grow. */
export function csvButton(
  filename: string,
  header: readonly string[],
  rows: () => ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      class: 'csv',
      'data-csv': filename,
      onclick: () => {
        const blob = new Blob([toCsv(header, rows())], { type: 'text/csv;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        const link = h('a', { href: url, download: filename });
        document.body.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
    },
    t('downloadCsv'),
  );
}

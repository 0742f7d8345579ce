import { h } from '../dom.js';
import type { SourcePartsFragment } from '../generated/operations.js';
import { dateText, t } from '../i18n.js';

/**
 * A fact's sources behind one click: a <details> whose summary counts them; opened, it shows each
 * source with its quote, publisher, date and link. Native <details> is keyboard-usable as it is.
 */
export function sourcesList(sources: readonly SourcePartsFragment[]): HTMLElement | null {
  if (sources.length === 0) return null;
  return h(
    'details',
    { class: 'sources' },
    h('summary', {}, `${t('showSources')} (${sources.length})`),
    h(
      'ol',
      {},
      sources.map((source) =>
        h(
          'li',
          { class: 'source' },
          source.quote ? h('blockquote', { lang: 'vi', class: 'quote' }, `“${source.quote}”`) : null,
          h(
            'div',
            { class: 'cite' },
            source.url
              ? h('a', { href: source.url, rel: 'noreferrer noopener', target: '_blank' }, source.title)
              : h('span', {}, source.title),
            source.publisher ? ` — ${source.publisher}` : '',
            source.date ? `, ${dateText(source.date)}` : '',
            source.reference ? h('span', { class: 'ref' }, ` (${source.reference})`) : null,
            h('code', { class: 'slug' }, ` ${source.slug}`),
          ),
        ),
      ),
    ),
  );
}

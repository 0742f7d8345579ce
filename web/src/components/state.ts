import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

export function loading(): HTMLElement {
  return h('p', { class: 'loading', role: 'status', 'aria-live': 'polite' }, t('loading'));
}

export function empty(text: string): HTMLElement {
  return h('p', { class: 'empty' }, text);
}

/**
 * What a reader sees when a page cannot load: a down database (DATABASE_UNAVAILABLE, or no
 * answer at all) says so in plain words, with a retry; other errors show the API's message.
 */
export function errorState(error: unknown, retry: () => void): HTMLElement {
  const code = error instanceof ApiError ? error.code : 'UNKNOWN';
  const down = code === 'DATABASE_UNAVAILABLE' || code === 'NETWORK' || code.startsWith('HTTP_5');
  const message = down ? t('dbDown') : error instanceof Error ? error.message : String(error);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('h2', {}, t('error')),
    h('p', {}, message),
    h('p', { class: 'code' }, code),
    h('button', { type: 'button', onclick: retry }, t('retry')),
  );
}

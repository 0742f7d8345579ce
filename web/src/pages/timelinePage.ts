import { ApiError, query } from '../api.js';
import { neo4jLink } from '../components/neo4jLink.js';
import { unitTabs } from '../components/parts.js';
import { timelineView } from '../components/timelineList.js';
import { h } from '../dom.js';
import { ExplorerUnitTimelineDocument } from '../generated/operations.js';
import { t } from '../i18n.js';
import type { Page } from '../router.js';

/** A unit's story on a time axis, with the list of entries beneath. */
export async function timelinePage(params: Record<string, string>): Promise<Page> {
  const { province: unit } = await query(ExplorerUnitTimelineDocument, { id: params.slug! });
  if (!unit) throw new ApiError(t('notFound'), 'NOT_FOUND');
  return {
    title: `${unit.name} · ${t('timeline')}`,
    body: h(
      'article',
      { class: 'entity unit-timeline' },
      h('h1', {}, unit.name),
      unitTabs(unit.slug, 'timeline'),
      timelineView(unit.timeline, `diachi-${unit.slug}-timeline.csv`),
      neo4jLink('Province', unit.slug),
    ),
  };
}

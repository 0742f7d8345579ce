import { Router } from 'express';
import type { Database } from '../db/Database.js';
import { DatabaseUnavailableError } from '../errors/DatabaseUnavailableError.js';
import { EXPORT_FILES, EXPORTS_PATH, renderExports } from '../export/exportFiles.js';
import { ExportRepository } from '../repositories/ExportRepository.js';

/**
 * GET /exports (a JSON index) and GET /exports/<file>: the Linked Places and CSV exports of the
 * graph as it is now. Files are rendered once per load of the graph (the load stamp changes with
 * every load that changes it) and kept in memory: ~1 MB for the seeds.
 */
export function serveExports(db: Database, publicUrl: string): Router {
  const router = Router();
  const repository = new ExportRepository(db);
  let cached: { stamp: string | null; files: Promise<Map<string, string>> } | undefined;

  const filesNow = async () => {
    const stamp = await repository.loadStamp();
    if (!cached || cached.stamp !== stamp) {
      const files = repository.snapshot().then((snapshot) => renderExports(snapshot, publicUrl));
      cached = { stamp, files };
      files.catch(() => {
        if (cached?.files === files) cached = undefined; // a failed render is retried next time
      });
    }
    return cached.files;
  };

  router.get('/', (_req, res) => {
    res.json({
      files: EXPORT_FILES.map((file) => ({ ...file, url: `${EXPORTS_PATH}/${file.name}` })),
      documentation: 'docs/export.md',
    });
  });
  router.get('/:file', async (req, res) => {
    const file = EXPORT_FILES.find((candidate) => candidate.name === req.params.file);
    if (!file) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `No export is called "${req.params.file}". GET ${EXPORTS_PATH} lists them.` } });
      return;
    }
    try {
      const content = (await filesNow()).get(file.name)!;
      res.type(file.mediaType).set('Content-Disposition', `inline; filename="${file.name}"`).send(content);
    } catch (error) {
      // Same codes as /graphql: a database that is down is 503, anything else is masked.
      const unavailable = error instanceof DatabaseUnavailableError;
      res.status(unavailable ? 503 : 500).json({
        error: unavailable
          ? { code: 'DATABASE_UNAVAILABLE', message: 'The database does not answer; try again shortly.' }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'The export could not be made.' },
      });
    }
  });
  return router;
}

import type { Response } from 'express';
import type { ErrorCode } from '../errors/errorCodes.js';

/** A GraphQL-shaped error answer for requests refused before Apollo sees them. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/** At least this policy on every console response: nothing inline, nothing from another origin. */
export const CONSOLE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const ASSETS: Record<string, string> = {
  'console.css': 'text/css; charset=utf-8',
  'console.js': 'text/javascript; charset=utf-8',
  'samples.json': 'application/json; charset=utf-8',
};
const DIR = new URL('../../console/', import.meta.url);
// Static files cost nothing to serve; the API calls the console makes are limited as usual.
const exempt = { config: { rateLimit: false } } as const;

/**
 * GET /console: the browser console, plain files from src/console read once at start (no build
 * step). The page learns whether keys are configured from one attribute, so it can ask for one.
 */
export function registerConsole(app: FastifyInstance, options: { keysConfigured: boolean }) {
  const html = readFileSync(new URL('index.html', DIR), 'utf8').replace('data-auth="off"', `data-auth="${options.keysConfigured ? 'required' : 'off'}"`);
  const files = Object.entries(ASSETS).map(([name, type]) => ({ name, type, body: readFileSync(new URL(name, DIR)) }));
  app.get('/console', exempt, async (_request, reply) =>
    reply.header('content-security-policy', CONSOLE_CSP).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html),
  );
  for (const file of files) {
    app.get(`/console/${file.name}`, exempt, async (_request, reply) =>
      reply.header('content-security-policy', CONSOLE_CSP).header('cache-control', 'no-cache').type(file.type).send(file.body),
    );
  }
}

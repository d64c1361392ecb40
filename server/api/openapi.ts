import type { App } from '../app.ts';
import { RESPONSE_SCHEMAS } from './schemas.ts';

/**
 * /api/openapi.json: generated from the routes' zod schemas (app.api), with the
 * response shapes of schemas.ts as components. Built on first request, so routes
 * plugins add with app.api are in it too.
 */
export function registerOpenApi(app: App): void {
  let body: string | undefined;
  app.api({ path: '/api/openapi.json', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } }, (ctx) => {
    if (!body) {
      const doc = app.openApiDocument() as { components?: { schemas?: object } };
      body = JSON.stringify({ ...doc, components: { ...doc.components, schemas: { ...doc.components?.schemas, ...RESPONSE_SCHEMAS } } });
    }
    ctx.send(body, { type: 'application/json; charset=utf-8', cache: 'public, max-age=3600' });
  });
}

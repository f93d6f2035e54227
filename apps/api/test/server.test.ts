import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app.ts';

let t: TestApp;
let webDist: string;

beforeAll(async () => {
  // A stand-in build of the web app: the test is about how the server serves it.
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'giaoluu-web-'));
  fs.mkdirSync(path.join(webDist, 'assets'));
  fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(webDist, 'assets', 'app-abc123.js'), 'console.log(1)');
  t = await startTestApp({ env: { WEB_DIST_DIR: webDist } });
  t.app.get('/api/test-fault', async () => {
    throw new Error('database password is hunter2');
  });
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const get = (url: string) =>
  t.app.inject({ method: 'GET', url, headers: { host: 'hanoi.localhost' } });

describe('the server', () => {
  it('serves the web app for deep links, uncached, and its assets for a year', async () => {
    const deepLink = await get('/exchanges/0b4c5a8e-1111-4222-8333-944455556666');
    expect(deepLink.statusCode).toBe(200);
    expect(deepLink.body).toContain('<div id="root">');
    expect(deepLink.headers['cache-control']).toBe('no-cache');

    const asset = await get('/assets/app-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('serves the API documentation page', async () => {
    const response = await t.app.inject({
      url: '/api/docs/',
      headers: { host: 'hanoi.localhost' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('swagger');
  });

  it('answers an unknown API path with a problem, not the web app', async () => {
    const response = await get('/api/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('route_not_found');
  });

  it('sends a Content-Security-Policy without inline scripts, and other security headers', async () => {
    const response = await get('/');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('hides the details of a fault and gives the request id to quote', async () => {
    const response = await get('/api/test-fault');
    expect(response.statusCode).toBe(500);
    const problem = response.json();
    expect(problem.code).toBe('internal_error');
    expect(problem.requestId).toBe(response.headers['x-request-id']);
    expect(problem.detail).toContain(problem.requestId);
    expect(response.body).not.toContain('hunter2');
    expect(t.logs()).toContain('hunter2');
  });
});

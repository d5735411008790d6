import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveApp, skipWithoutChromium, watchPage } from '../support/browser.ts';

const samples = JSON.parse(readFileSync(new URL('../../src/console/samples.json', import.meta.url), 'utf8')) as Array<{ label: string; category: string }>;
const BATCH = new URL('../fixtures/console/batch.jsonl', import.meta.url).pathname;
// The README's screenshots are refreshed with UPDATE_SCREENSHOTS=1 (so a plain test run leaves the
// work tree clean); otherwise they go to .reports/ for a look after a failing run.
const SCREENSHOTS = new URL(process.env['UPDATE_SCREENSHOTS'] === '1' ? '../../docs/' : '../../.reports/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

let browser: Browser;
let served: Awaited<ReturnType<typeof serveApp>> | undefined;
let page: Page;
let watched: ReturnType<typeof watchPage>;

async function open(env: Record<string, string> = {}, path = '/console') {
  served = await serveApp(env);
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  watched = watchPage(page);
  await page.goto(`${served.url}${path}`);
  await page.locator('#status').filter({ hasText: /Ready/ }).waitFor();
}

beforeAll(async () => {
  if (!skipWithoutChromium) browser = await launchChromium();
}, 60_000);
afterAll(async () => browser?.close());
describe.skipIf(skipWithoutChromium)('console in a real browser', () => {
  afterEach(async () => {
    // No console errors, and no request to anything but the service itself.
    expect(watched.errors).toEqual([]);
    const origin = served!.url;
    expect(watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
    await page.close();
    await served?.app.close();
    served = undefined;
  });

  it('when a sample of each category is classified, then the reviewer sees its category, review flag, next step and workflow result, with the raw JSON one click away', async () => {
    await open();
    for (const category of ['informational', 'service_action', 'safety_compliance']) {
      const sample = samples.find((s) => s.category === category && s.label.startsWith('Chat'))!;
      await page.selectOption('#sample', { label: sample.label });
      await page.click('#classify');
      await page.locator('#r-category').filter({ hasText: category }).waitFor();
      const workflow = await page.locator('#r-workflow').innerText();
      if (category === 'informational') expect(workflow).toMatch(/\(kb-/);
      if (category === 'service_action') expect(workflow).toMatch(/Ticket\s+TCK-/);
      if (category === 'safety_compliance') {
        expect(workflow).toMatch(/Case\s+SC-/);
        expect(workflow).toMatch(/Report due by\s+\d{4}-\d{2}-\d{2}/);
        expect(workflow).toMatch(/Missing elements/);
        expect(await page.locator('#r-review').innerText()).toBe('Human review required');
      }
      expect(await page.locator('#r-path li').count()).toBeGreaterThan(1);
    }
    // The status strip counts what this service classified so far; no key field on a service without keys.
    await page.locator('#status').filter({ hasText: /informational 1, service_action 1, safety_compliance 1/ }).waitFor();
    expect(await page.locator('#status').innerText()).toMatch(/primary local · breaker none · fallbacks 0 · transcription off/);
    expect(await page.locator('#auth').isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}console-single.png`, fullPage: true });
    expect(await page.locator('#r-json').isVisible()).toBe(false);
    await page.click('#r-raw summary');
    const raw = JSON.parse(await page.locator('#r-json').innerText());
    expect(raw.category).toBe('safety_compliance');
  }, 60_000);

  it('when a labelled file is uploaded to the batch tab, then accuracy, precision/recall, the confusion matrix and the misclassified lines are shown', async () => {
    await open({}, '/console?tab=batch');
    await page.setInputFiles('#batch-file', BATCH);
    await page.waitForFunction(() => (document.querySelector('#batch-input') as HTMLTextAreaElement).value.includes('CRM case note'));
    await page.click('#batch-run');
    await page.locator('#batch-count').filter({ hasText: '7 / 7 done' }).waitFor();
    expect(await page.locator('#batch-progress').getAttribute('max')).toBe('7');
    expect(await page.locator('#batch-accuracy').innerText()).toBe('71.4%');
    const cells = await page.locator('#batch-matrix tr').evaluateAll((rows) => rows.slice(1).map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
    expect(cells).toEqual([
      ['2', '1', '1'],
      ['0', '2', '0'],
      ['0', '0', '1'],
    ]);
    const metrics = await page.locator('#batch-metrics tr').evaluateAll((rows) => rows.slice(1).map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
    expect(metrics).toEqual([
      ['informational', '1.000', '0.500', '4'],
      ['service_action', '0.667', '1.000', '2'],
      ['safety_compliance', '0.500', '1.000', '1'],
    ]);
    const misses = await page.locator('#batch-misses li').allInnerTexts();
    expect(misses).toHaveLength(2);
    expect(misses.join('\n')).toMatch(/expected informational, got safety_compliance/);
    expect(misses.join('\n')).toMatch(/expected informational, got service_action/);
    await page.screenshot({ path: `${SCREENSHOTS}console-batch.png`, fullPage: true });
  }, 60_000);

  it('when the service has API keys, then the console asks for one, says so in words when it is missing, and classifies once it is given', async () => {
    await open({ API_KEYS: 'console:console-key-0123456789' });
    expect(await page.locator('#auth').isVisible()).toBe(true);
    await page.fill('#message', 'please refill my inhaler');
    await page.click('#classify');
    await page.locator('#single-error').filter({ hasText: /An API key is needed/ }).waitFor();
    await page.fill('#api-key', 'console-key-0123456789');
    await page.click('#save-key');
    await page.click('#classify');
    await page.locator('#r-category').filter({ hasText: 'service_action' }).waitFor();
    expect(await page.locator('#single-error').isVisible()).toBe(false);
    expect(await page.evaluate(() => [sessionStorage.getItem('careroute.apiKey'), localStorage.length])).toEqual(['console-key-0123456789', 0]);
    // The 401 above is a failed resource load that chromium reports on its console; it was expected.
    watched.errors = watched.errors.filter((e) => !/status of 401/.test(e));
  }, 60_000);

  it('when the API refuses a message, then the reason is shown in words and no stale result stays', async () => {
    await open();
    await page.fill('#message', '   ');
    await page.click('#classify');
    await page.locator('#single-error').filter({ hasText: 'The service refused the message: message: must not be empty' }).waitFor();
    expect(await page.locator('#result').isVisible()).toBe(false);
    watched.errors = watched.errors.filter((e) => !/status of 400/.test(e));
  }, 60_000);
});

describe('console switched off', () => {
  it('when CONSOLE=off, then /console is a 404 in the error shape', async () => {
    const { buildTestApp } = await import('../support/app.ts');
    const t = await buildTestApp({ CONSOLE: 'off' });
    const response = await t.app.inject({ method: 'GET', url: '/console' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toBe('not_found');
    await t.app.close();
  });
});

// End-to-end test of the NoteLsp extension in real VS Code: code-server on 127.0.0.1 driven by Playwright and Chromium.
//
// Usage: node vscode-test.js --code-server BIN --vsix FILE --vault DIR --artifacts DIR [--chromium BIN]
// Prints one `PASS name` or `FAIL name: reason` line per test and exits non-zero when any test failed.
// Set NOTELSP_E2E_SERVER_PATH to test a server other than the one in the .vsix (it becomes notelsp.server.path).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');
const { CodeServer } = require('./lib/code-server');
const { copyVault, expectedTemplateHeadings, findLine, noteNames, parseArgs } = require('./lib/vault');

const noteFile = 'docker-why-containers.md';
const brokenLinks = [
  'docker-containers-lifecycle',
  'docker-images-layers',
  'docker-volumes-persistence',
  '2025-12-glasck-deployment/learnings',
];
const quickFixTarget = 'docker-images-layers';
// The first request waits for the server to start under a cold `dotnet`, which took 5 to 10 s on 2 cores.
const serverTimeoutMs = 90_000;

const options = parseArgs(process.argv.slice(2), ['code-server', 'vsix', 'vault', 'artifacts'], {
  chromium: '/usr/bin/chromium',
});

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'notelsp-vscode-e2e-'));
  const vault = copyVault(options.vault, path.join(work, 'vault'));
  fs.mkdirSync(options.artifacts, { recursive: true });

  const server = new CodeServer({
    binary: options['code-server'],
    stateDir: path.join(work, 'code-server'),
    env: { NOTELSP_TODAY: '2026-12-04' },
    userSettings: process.env.NOTELSP_E2E_SERVER_PATH
      ? { 'notelsp.server.path': process.env.NOTELSP_E2E_SERVER_PATH }
      : {},
  });

  const results = [];
  let browserContext;
  try {
    server.installExtension(options.vsix);
    const url = await server.start(vault);

    const browserProfile = path.join(work, 'chromium');
    browserContext = await chromium.launchPersistentContext(browserProfile, {
      executablePath: options.chromium,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const page = browserContext.pages()[0] ?? (await browserContext.newPage());
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForSelector('.explorer-folders-view', { timeout: 60_000 });

    const context = { page, vault, artifacts: options.artifacts };
    results.push(await runTest('vscode-problems', 1, context, testProblems));
    results.push(await runTest('vscode-completion', 2, context, testCompletion));
    results.push(await runTest('vscode-create-note-quick-fix', 3, context, testCreateNoteQuickFix));
  } catch (error) {
    console.log(`FAIL vscode-setup: ${error.message}`);
    console.log(`code-server log: ${server.logFile}`);
    results.push(false);
  } finally {
    if (browserContext) {
      await browserContext.close().catch(() => undefined);
    }
    await server.stop();
    copyExtensionLogs(server.stateDir, options.artifacts);
    fs.rmSync(work, { recursive: true, force: true });
  }

  process.exitCode = results.every((passed) => passed) ? 0 : 1;
}

/** Runs one test, saves a screenshot of the page whether it passed or not, and prints its result line. */
async function runTest(name, step, context, test) {
  const started = Date.now();
  let failure;
  try {
    await test(context);
  } catch (error) {
    failure = error;
  }

  const screenshot = path.join(context.artifacts, `vscode-${step}-${name.replace(/^vscode-/, '')}.png`);
  await context.page.screenshot({ path: screenshot }).catch(() => undefined);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failure) {
    console.log(`FAIL ${name}: ${failure.message} (screenshot ${screenshot})`);
    return false;
  }
  console.log(`PASS ${name} (${seconds} s)`);
  return true;
}

async function testProblems({ page, vault }) {
  const notePath = path.join(vault, noteFile);
  // Number of broken links expected on each 1-based line, the numbering of the Problems panel.
  const expectedPerLine = new Map();
  for (const link of brokenLinks) {
    const line = findLine(notePath, `[[${link}]]`) + 1;
    expectedPerLine.set(line, (expectedPerLine.get(line) ?? 0) + 1);
  }
  const reviewLine = findLine(notePath, '**Next review**') + 1;

  await openNote(page, noteFile);
  await page.keyboard.press('Control+Shift+M');
  const rows = page.locator('.markers-panel .monaco-list-row');
  const reviewRow = rows.filter({ hasText: `[Ln ${reviewLine},` });
  await waitFor(
    async () => (await rows.filter({ hasText: 'No note' }).count()) >= brokenLinks.length && (await reviewRow.count()) > 0,
    serverTimeoutMs,
    async () => `the Problems panel did not show ${brokenLinks.length} "No note" errors and a problem on line ` +
      `${reviewLine}. Rows: ${JSON.stringify(await rows.allInnerTexts())}`);

  const texts = await rows.allInnerTexts();
  for (const [line, expected] of expectedPerLine) {
    const found = texts.filter((text) => text.startsWith('No note') && text.includes('NL1001') &&
      text.includes(`[Ln ${line},`)).length;
    assert(found === expected, `expected ${expected} NL1001 "No note" problem(s) on line ${line}, found ${found}. ` +
      `Rows: ${JSON.stringify(texts)}`);
  }

  const reviewIsWarning = (await reviewRow.first().locator('.codicon-warning').count()) > 0;
  assert(reviewIsWarning, `the problem on the Next review line ${reviewLine} is not a warning. ` +
    `Row: ${JSON.stringify(await reviewRow.first().innerText())}`);
}

async function testCompletion({ page, vault }) {
  // The note being edited may or may not be offered, so it is expected only when the vault has no other Docker note.
  const dockerNotes = noteNames(vault).filter((name) => name.startsWith('docker'));
  const others = dockerNotes.filter((name) => name !== 'docker-why-containers');
  const expected = others.length > 0 ? others : dockerNotes;

  await openNote(page, noteFile);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('[[dock');
  await page.keyboard.press('Control+Space');

  const labels = page.locator('.suggest-widget.visible .monaco-list-row .label-name');
  await waitFor(
    async () => {
      const offered = await labels.allInnerTexts();
      return expected.every((name) => offered.some((label) => label.includes(name)));
    },
    serverTimeoutMs,
    async () => `the completion list after "[[dock" does not offer ${JSON.stringify(expected)}. ` +
      `Shown: ${JSON.stringify(await labels.allInnerTexts())}`);
}

async function testCreateNoteQuickFix({ page, vault }) {
  const notePath = path.join(vault, noteFile);
  const line = findLine(notePath, `[[${quickFixTarget}]]`);
  const column = fs.readFileSync(notePath, 'utf8').split('\n')[line].indexOf(`[[${quickFixTarget}]]`) + 4;

  // Closes the completion list that the previous test leaves open for its screenshot.
  await page.keyboard.press('Escape');
  await openNote(page, noteFile);
  await page.keyboard.press('Control+G');
  await page.waitForSelector('.quick-input-widget:visible');
  await page.keyboard.type(`${line + 1}:${column}`);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+.');

  const action = page.locator('.action-widget .monaco-list-row', { hasText: quickFixTarget });
  await waitFor(
    async () => (await action.count()) > 0,
    serverTimeoutMs,
    async () => `the quick fix menu on [[${quickFixTarget}]] (line ${line + 1}) has no action for it. ` +
      `Menu: ${JSON.stringify(await page.locator('.action-widget .monaco-list-row').allInnerTexts())}`);
  await action.first().click();

  const created = path.join(vault, `${quickFixTarget}.md`);
  await page.keyboard.press('Control+Shift+E');
  const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: `${quickFixTarget}.md` });
  await waitFor(
    async () => (await explorerRow.count()) > 0,
    30_000,
    async () => `the explorer does not show ${quickFixTarget}.md after the quick fix`);

  const headings = expectedTemplateHeadings(vault);
  await waitFor(
    async () => fs.existsSync(created) && headings.every((heading) => fs.readFileSync(created, 'utf8').includes(heading)),
    30_000,
    async () => `${created} does not contain the template's headings ${JSON.stringify(headings)}. Content: ` +
      JSON.stringify(fs.existsSync(created) ? fs.readFileSync(created, 'utf8').slice(0, 400) : '(file missing)'));

  await explorerRow.first().click();
  await page.waitForSelector(`.tab.active[aria-label*="${quickFixTarget}.md"]`, { timeout: 10_000 });
}

/** Opens a note with Quick Open and waits for its editor tab to be active. */
async function openNote(page, fileName) {
  await page.locator('.monaco-workbench').click({ position: { x: 700, y: 450 } });
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget:visible');
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${fileName}"]`, { timeout: 30_000 });
  await page.waitForSelector('.editor-instance .monaco-editor .view-lines', { timeout: 30_000 });
}

/** Polls `condition` every 250 ms and throws the message from `describeFailure` when it stays false for `timeoutMs`. */
async function waitFor(condition, timeoutMs, describeFailure) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s: ${await describeFailure()}`);
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Copies the extension host logs, which contain the NoteLsp output channel, next to the screenshots. */
function copyExtensionLogs(stateDir, artifacts) {
  const logs = path.join(stateDir, 'user-data', 'logs');
  if (fs.existsSync(logs)) {
    fs.cpSync(logs, path.join(artifacts, 'vscode-logs'), { recursive: true });
  }
}

main().catch((error) => {
  console.log(`FAIL vscode-setup: ${error.stack ?? error}`);
  process.exitCode = 1;
});

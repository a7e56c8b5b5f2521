// End-to-end test of the NoteLsp extension in real VS Code: code-server on 127.0.0.1 driven by Playwright and Chromium.
//
// Usage: node vscode-test.js --code-server BIN --vsix FILE --vault DIR --artifacts DIR [--chromium BIN]
// Prints one `PASS name` or `FAIL name: reason` line per test and exits non-zero when any test failed.
// Set NOTELSP_E2E_SERVER_PATH to run the feature tests against a server other than the one in the .vsix: it becomes
// notelsp.server.path. The start-error tests set that setting themselves.
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
  fs.mkdirSync(options.artifacts, { recursive: true });
  const results = [];
  try {
    const serverPath = process.env.NOTELSP_E2E_SERVER_PATH;
    await withEditor({
      name: 'main',
      work,
      env: { NOTELSP_TODAY: '2026-12-04' },
      userSettings: serverPath ? { 'notelsp.server.path': serverPath } : {},
      results,
      tests: [
        ['vscode-problems', testProblems],
        ['vscode-completion', testCompletion],
        ['vscode-create-note-quick-fix', testCreateNoteQuickFix],
        ['vscode-due-reviews', testDueReviews],
        ['vscode-new-concept-note', testNewConceptNote],
      ],
    });

    // Hover and Go to Definition run in an editor of their own, so that no earlier test's open widgets or tabs
    // are in the way.
    await withEditor({
      name: 'navigation',
      work,
      env: { NOTELSP_TODAY: '2026-12-04' },
      userSettings: serverPath ? { 'notelsp.server.path': serverPath } : {},
      results,
      tests: [
        ['vscode-hover', testHover],
        ['vscode-definition', testDefinition],
      ],
    });

    // The first test points notelsp.server.path at a file that does not exist, and the second at /bin/false, a
    // program that exits at once: each must produce exactly one error notification.
    await withEditor({
      name: 'start-error',
      work,
      env: {},
      userSettings: { 'notelsp.server.path': path.join(work, 'missing', 'notelsp.dll') },
      results,
      tests: [
        ['vscode-server-not-found', testServerNotFound],
        ['vscode-server-exits-on-start', testServerExitsOnStart],
      ],
    });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  process.exitCode = results.length > 0 && results.every((passed) => passed) ? 0 : 1;
}

/**
 * Starts code-server with the .vsix installed and a copy of the vault open, opens it in Chromium and runs `tests`.
 * Pushes one result per test to `results`, or prints a `FAIL vscode-setup-NAME` line when the editor cannot start.
 */
async function withEditor({ name, work, env, userSettings, results, tests }) {
  const sessionDir = path.join(work, name);
  const vault = copyVault(options.vault, path.join(sessionDir, 'vault'));
  const server = new CodeServer({ binary: options['code-server'], stateDir: path.join(sessionDir, 'code-server'), env,
    userSettings });

  let browserContext;
  try {
    server.installExtension(options.vsix);
    const url = await server.start(vault);

    // Chromium writes crash report settings under XDG_CONFIG_HOME, so its XDG folders live in the session too.
    const browserXdg = path.join(sessionDir, 'chromium-xdg');
    browserContext = await chromium.launchPersistentContext(path.join(sessionDir, 'chromium'), {
      executablePath: options.chromium,
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(browserXdg, 'config'),
        XDG_CACHE_HOME: path.join(browserXdg, 'cache'),
        XDG_DATA_HOME: path.join(browserXdg, 'data'),
      },
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

    const context = { page, vault, server, artifacts: options.artifacts };
    for (const [testName, test] of tests) {
      results.push(await runTest(testName, results.length + 1, context, test));
    }
  } catch (error) {
    console.log(`FAIL vscode-setup-${name}: ${error.message} (logs: ${path.join(options.artifacts, `vscode-logs-${name}`)})`);
    results.push(false);
  } finally {
    if (browserContext) {
      await browserContext.close().catch(() => undefined);
    }
    await server.stop();
    copyExtensionLogs(server.stateDir, path.join(options.artifacts, `vscode-logs-${name}`));
  }
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
  let problems = [];
  await waitFor(
    async () => {
      problems = await problemsOf(page, noteFile);
      return problems.filter((problem) => problem.text.startsWith('No note')).length >= brokenLinks.length &&
        problems.some((problem) => problem.text.includes(`[Ln ${reviewLine},`));
    },
    serverTimeoutMs,
    async () => `the Problems panel did not show ${brokenLinks.length} "No note" errors and a problem on line ` +
      `${reviewLine} for ${noteFile}. Rows: ${JSON.stringify(await page.locator('.markers-panel .monaco-list-row').allInnerTexts())}`);

  for (const [line, expected] of expectedPerLine) {
    const found = problems.filter((problem) => problem.text.startsWith('No note') && problem.text.includes('NL1001') &&
      problem.text.includes(`[Ln ${line},`)).length;
    assert(found === expected, `expected ${expected} NL1001 "No note" problem(s) on line ${line}, found ${found}. ` +
      `Problems: ${JSON.stringify(problems)}`);
  }

  const review = problems.find((problem) => problem.text.includes(`[Ln ${reviewLine},`));
  assert(review.severity === 'warning', `the problem on the Next review line ${reviewLine} is not a warning: ` +
    JSON.stringify(review));
}

/**
 * Returns the problems that the Problems panel lists under `fileName`, each with its text and severity.
 * The panel is a tree: a row at aria-level 1 names a file and the rows at level 2 below it are its problems.
 * NOTE: the list is virtualized, so only problems scrolled into view are returned; about 30 fit in this window.
 */
async function problemsOf(page, fileName) {
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows, name) => {
    const problems = [];
    let inFile = false;
    for (const row of rows) {
      const text = row.innerText.replace(/\s+/g, ' ').trim();
      if (row.getAttribute('aria-level') === '1') {
        inFile = text.startsWith(name);
      } else if (inFile) {
        const severity = ['error', 'warning', 'info'].find((kind) => row.querySelector(`.codicon-${kind}`)) ?? 'other';
        problems.push({ text, severity });
      }
    }
    return problems;
  }, fileName);
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
  await waitForQuickInputPrefix(page, ':');
  await page.keyboard.type(`${line + 1}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `Ln ${line + 1}, Col ${column}` }).waitFor({ timeout: 10_000 });
  // Ctrl+. is pressed again every 5 s, because a press that comes before the editor has focus back from Go to Line,
  // or before the server's code actions arrive, opens no menu.
  const action = page.locator('.action-widget .monaco-list-row', { hasText: quickFixTarget });
  let nextPress = 0;
  await waitFor(
    async () => {
      if ((await action.count()) > 0) {
        return true;
      }
      if (Date.now() >= nextPress) {
        await page.keyboard.press('Control+.');
        nextPress = Date.now() + 5_000;
      }
      return false;
    },
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

const hoverSource = 'docker-compose-services.md';
const hoverLink = '[[docker-why-containers]]';

/** Puts the cursor inside the first `[[docker-why-containers]]` of the Compose note and shows the hover there. */
async function testHover({ page, vault }) {
  const notePath = path.join(vault, hoverSource);
  const line = findLine(notePath, hoverLink);
  const column = fs.readFileSync(notePath, 'utf8').split('\n')[line].indexOf(hoverLink) + 5;

  await openNote(page, hoverSource);
  await page.keyboard.press('Control+G');
  await waitForQuickInputPrefix(page, ':');
  await page.keyboard.type(`${line + 1}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.statusbar-item', { hasText: `Ln ${line + 1}, Col ${column}` }).waitFor({ timeout: 10_000 });

  // Ctrl+K Ctrl+I shows the hover at the cursor; it is pressed again every 5 s, like Ctrl+. above, in case the
  // first press comes before the editor has focus back or before the server responds.
  const hover = page.locator('.monaco-hover:visible');
  let nextPress = 0;
  await waitFor(
    async () => {
      if ((await hover.count()) > 0 && (await hover.first().innerText()).includes('Why Containers? - Docker')) {
        return true;
      }
      if (Date.now() >= nextPress) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        nextPress = Date.now() + 5_000;
      }
      return false;
    },
    serverTimeoutMs,
    async () => `the hover on ${hoverLink} in ${hoverSource} does not show the target's title. Hover: ` +
      JSON.stringify((await hover.count()) > 0 ? await hover.first().innerText() : '(none)'));

  const text = await hover.first().innerText();
  assert(text.includes('Containers package application'), `the hover does not show the TL;DR: ${JSON.stringify(text)}`);
}

/** Go to Definition (F12) on the link that testHover left the cursor in opens the linked note. */
async function testDefinition({ page }) {
  await page.keyboard.press('Escape');
  await page.waitForSelector(`.tab.active[aria-label*="${hoverSource}"]`, { timeout: 10_000 });
  await page.keyboard.press('F12');
  await page.waitForSelector(`.tab.active[aria-label*="${noteFile}"]`, { timeout: 30_000 });
}

async function testDueReviews({ page, vault }) {
  const status = page.locator('.statusbar-item', { hasText: /\d+ due/ });
  await waitFor(
    async () => (await status.count()) > 0,
    serverTimeoutMs,
    async () => 'the status bar shows no "N due" item');

  // Another note is opened first, so that opening the picked note is a visible change.
  const other = noteNames(vault).find((name) => name !== 'docker-why-containers');
  await openNote(page, `${other}.md`);
  await runCommand(page, 'NoteLsp: Show Due Reviews');

  const dueRow = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Why Containers?' });
  await waitFor(
    async () => (await dueRow.count()) > 0,
    serverTimeoutMs,
    async () => `the due reviews list does not offer "Why Containers? - Docker". List: ` +
      JSON.stringify(await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()));
  const rowText = await dueRow.first().innerText();
  assert(rowText.includes('2026-01-26'), `the due reviews entry does not show the date 2026-01-26: ${JSON.stringify(rowText)}`);
  assert(rowText.includes('overdue'), `the due reviews entry does not say overdue: ${JSON.stringify(rowText)}`);

  await dueRow.first().click();
  await page.waitForSelector(`.tab.active[aria-label*="${noteFile}"]`, { timeout: 15_000 });
}

async function testNewConceptNote({ page, vault }) {
  const name = 'docker-networking-basics';
  await runCommand(page, 'NoteLsp: New Concept Note');
  // The Command Palette closes and the extension's input box opens in the same widget: wait for the box's title,
  // or the name would be typed into the palette or the editor.
  await page.locator('.quick-input-widget .quick-input-title', { hasText: 'NoteLsp: New Concept Note' })
    .waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');

  const created = path.join(vault, `${name}.md`);
  await waitFor(
    async () => (await page.locator(`.tab.active[aria-label*="${name}.md"]`).count()) > 0,
    serverTimeoutMs,
    async () => `no editor opened ${name}.md after NoteLsp: New Concept Note. Notifications: ` +
      JSON.stringify(await page.locator('.notifications-toasts .notification-toast').allInnerTexts()));
  // The server creates the note through workspace/applyEdit, and VS Code may save it a moment after opening it.
  const headings = expectedTemplateHeadings(vault);
  await waitFor(
    async () => fs.existsSync(created) && headings.every((heading) => fs.readFileSync(created, 'utf8').includes(heading)),
    30_000,
    async () => `${created} does not contain the template's headings ${JSON.stringify(headings)}. Content: ` +
      JSON.stringify(fs.existsSync(created) ? fs.readFileSync(created, 'utf8').slice(0, 400) : '(file missing)'));
}

async function testServerNotFound({ page }) {
  await openNote(page, noteFile);
  await expectOneServerNotification(page, 'was not found');
}

async function testServerExitsOnStart({ page, server }) {
  await runCommand(page, 'Notifications: Clear All Notifications');
  // Changing notelsp.server.path makes the extension restart the server.
  server.writeUserSettings({ 'notelsp.server.path': '/bin/false' });
  await expectOneServerNotification(page, 'stopped while starting');
}

/**
 * Waits for an error notification that contains `text`, then checks that it is the only notification about the
 * server and that it shows no stack trace.
 */
async function expectOneServerNotification(page, text) {
  const toasts = page.locator('.notifications-toasts .notification-toast');
  await waitFor(
    async () => (await toasts.filter({ hasText: text }).count()) > 0,
    60_000,
    async () => `no notification contains "${text}". Notifications: ${JSON.stringify(await toasts.allInnerTexts())}`);

  // Gives the language client time to add notifications of its own, which would make a second message.
  await page.waitForTimeout(5_000);
  const texts = await toasts.allInnerTexts();
  const aboutServer = texts.filter((toast) => /notelsp|dotnet|\.NET|server/i.test(toast));
  assert(aboutServer.length === 1, `expected one notification about the server, found ${aboutServer.length}: ` +
    JSON.stringify(texts));
  assert(!/\bat .+\(.+:\d+:\d+\)/.test(aboutServer[0]), `the notification contains a stack trace: ${aboutServer[0]}`);
}

/**
 * Waits until the focused quick input starts with `prefix` (`>` for the Command Palette, `:` for Go to Line), so that
 * typing reaches that input and not a widget that is still closing or the editor behind it.
 */
async function waitForQuickInputPrefix(page, prefix) {
  await page.waitForFunction((expected) => {
    const input = document.activeElement;
    return input instanceof HTMLInputElement && input.closest('.quick-input-widget') !== null &&
      input.value.startsWith(expected);
  }, prefix, { timeout: 15_000 });
}

/** Runs a command by its title through the Command Palette. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await waitForQuickInputPrefix(page, '>');
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
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

/** Copies code-server's log and the VS Code logs, which contain the NoteLsp output channel, to `target`. */
function copyExtensionLogs(stateDir, target) {
  const logs = path.join(stateDir, 'user-data', 'logs');
  if (fs.existsSync(logs)) {
    fs.cpSync(logs, target, { recursive: true });
  }
  const serverLog = path.join(stateDir, 'code-server.log');
  if (fs.existsSync(serverLog)) {
    fs.mkdirSync(target, { recursive: true });
    fs.copyFileSync(serverLog, path.join(target, 'code-server.log'));
  }
}

// `timeout` and CI runners end the driver with SIGTERM: stop the editors first so that no code-server outlives it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.log(`FAIL vscode-setup: stopped by ${signal}`);
    CodeServer.stopAll().finally(() => process.exit(1));
  });
}

main().catch((error) => {
  console.log(`FAIL vscode-setup: ${error.stack ?? error}`);
  process.exitCode = 1;
});

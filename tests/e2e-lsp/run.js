// End-to-end test of the built server: spawns `dotnet notelsp.dll lsp` on a temporary copy of
// examples/vault and drives it with vscode-languageserver-protocol, the client library that VS
// Code's extensions use. Exits 0 when every check passes and 1 on the first failure.
//
// Usage: node run.js [path/to/notelsp.dll]
// The default path is the Debug build of src/NoteLsp.Cli; NOTELSP_DLL overrides it.

'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  DefinitionRequest,
  ReferencesRequest,
  HoverRequest,
  ShutdownRequest,
  ExitNotification,
} = require('vscode-languageserver-protocol/node');

const repoRoot = path.resolve(__dirname, '..', '..');
const dll = process.argv[2]
  || process.env.NOTELSP_DLL
  || path.join(repoRoot, 'src', 'NoteLsp.Cli', 'bin', 'Debug', 'net10.0', 'notelsp.dll');
const timeoutMs = 30000;

// The four links of the user's note that have no target in examples/vault.
const expectedBrokenTargets = [
  '2025-12-glasck-deployment/learnings',
  'docker-containers-lifecycle',
  'docker-images-layers',
  'docker-volumes-persistence',
];

function check(condition, message) {
  if (!condition) {
    throw new Error(`check failed: ${message}`);
  }
  console.log(`ok - ${message}`);
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function copyVault() {
  const vault = fs.mkdtempSync(path.join(os.tmpdir(), 'notelsp-e2e-'));
  fs.cpSync(path.join(repoRoot, 'examples', 'vault'), vault, { recursive: true });
  // A second note that links to the user's note, for definition and references.
  fs.writeFileSync(path.join(vault, 'index.md'), '# Index\n\nStart with [[docker-why-containers]].\n');
  return vault;
}

// Counts the links to a note by a plain text search of every .md file, as an oracle independent of the server.
function countLinksTo(folder, name) {
  let count = 0;
  for (const entry of fs.readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.md')) {
      const text = fs.readFileSync(path.join(entry.parentPath || entry.path, entry.name), 'utf8');
      count += text.split(`[[${name}]]`).length - 1 + text.split(`[[${name}#`).length - 1 + text.split(`[[${name}|`).length - 1;
    }
  }
  return count;
}

async function main() {
  if (!fs.existsSync(dll)) {
    throw new Error(`server not found at ${dll}: run 'dotnet build NoteLsp.sln' first or pass the path of notelsp.dll`);
  }

  const vault = copyVault();
  const noteUri = pathToFileURL(path.join(vault, 'docker-why-containers.md')).href;
  const indexUri = pathToFileURL(path.join(vault, 'index.md')).href;
  const server = spawn('dotnet', [dll, 'lsp', '--stdio', '--log-level', 'warning'], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NOTELSP_TODAY: '2026-01-20' },
  });
  const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));

  const published = new Map();
  const waiters = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.set(params.uri, params);
    for (const waiter of waiters.splice(0)) {
      if (!waiter(params)) {
        waiters.push(waiter);
      }
    }
  });
  const waitForDiagnostics = (predicate, what) => withTimeout(new Promise((resolve) => {
    for (const params of published.values()) {
      if (predicate(params)) {
        resolve(params);
        return;
      }
    }
    waiters.push((params) => (predicate(params) ? (resolve(params), true) : false));
  }), what);
  connection.listen();

  try {
    const started = process.hrtime.bigint();
    const init = await withTimeout(connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(vault).href,
      workspaceFolders: [{ uri: pathToFileURL(vault).href, name: 'vault' }],
      capabilities: { textDocument: { hover: { contentFormat: ['markdown'] } } },
    }), 'initialize');
    console.log(`initialize answered in ${Number(process.hrtime.bigint() - started) / 1e6} ms`);
    check(init.serverInfo && init.serverInfo.name === 'NoteLsp', 'serverInfo names NoteLsp');
    check(init.capabilities.positionEncoding === 'utf-16', 'positionEncoding is utf-16');
    await connection.sendNotification(InitializedNotification.type, {});

    const noteText = fs.readFileSync(path.join(vault, 'docker-why-containers.md'), 'utf8');
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: noteUri, languageId: 'markdown', version: 1, text: noteText },
    });
    const diagnostics = await waitForDiagnostics((p) => p.uri === noteUri && p.version === 1, 'diagnostics of the user note');
    const broken = diagnostics.diagnostics.filter((d) => d.code === 'NL1001').map((d) => d.data.target).sort();
    check(JSON.stringify(broken) === JSON.stringify(expectedBrokenTargets), `the four broken links are reported: ${broken.join(', ')}`);

    const indexText = fs.readFileSync(path.join(vault, 'index.md'), 'utf8');
    const linkLine = indexText.split('\n').findIndex((line) => line.includes('[[docker-why-containers]]'));
    const linkCharacter = indexText.split('\n')[linkLine].indexOf('docker-why') + 3;
    const definition = await withTimeout(connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: indexUri },
      position: { line: linkLine, character: linkCharacter },
    }), 'definition');
    const target = Array.isArray(definition) ? definition[0] : definition;
    check(target && target.uri === noteUri, `definition of the link lands in ${target && target.uri}`);

    const references = await withTimeout(connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: noteUri },
      position: { line: 0, character: 4 },
      context: { includeDeclaration: false },
    }), 'references');
    const expectedReferences = countLinksTo(vault, 'docker-why-containers');
    check(references.length === expectedReferences, `references of the title list all ${expectedReferences} backlinks (${references.length} found)`);
    check(references.some((r) => r.uri === indexUri), 'references include the backlink in index.md');

    const hover = await withTimeout(connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: indexUri },
      position: { line: linkLine, character: linkCharacter },
    }), 'hover');
    const hoverText = hover && hover.contents && hover.contents.value;
    check(typeof hoverText === 'string' && hoverText.includes('Containers package application'), 'hover shows the TL;DR of the target note');
    check(hoverText.includes('Why Containers? - Docker'), 'hover shows the target title');

    await withTimeout(connection.sendRequest(ShutdownRequest.type), 'shutdown');
    await connection.sendNotification(ExitNotification.type);
    const code = await withTimeout(exited, 'the server to exit');
    check(code === 0, `the server exits with code 0 after shutdown and exit (got ${code})`);
  } finally {
    connection.dispose();
    if (server.exitCode === null) {
      server.kill();
    }
    fs.rmSync(vault, { recursive: true, force: true });
  }
}

main().then(
  () => console.log('e2e-lsp: all checks passed'),
  (error) => {
    console.error(`e2e-lsp: ${error.message}`);
    process.exit(1);
  },
);

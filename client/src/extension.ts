import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { DueReviewsStatus, pickDueReview } from './dueReviews';
import { resolveServerCommand, ServerNotFoundError } from './serverLocation';

const dueReviewsRefreshMs = 5 * 60 * 1000;

let client: LanguageClient | undefined;
let log: vscode.LogOutputChannel;
let dueReviewsStatus: DueReviewsStatus | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  log = vscode.window.createOutputChannel('NoteLsp', { log: true });
  dueReviewsStatus = new DueReviewsStatus(() => client, log, dueReviewsRefreshMs);
  context.subscriptions.push(
    log,
    dueReviewsStatus,
    vscode.commands.registerCommand('notelsp.newConceptNote', () => newConceptNote()),
    vscode.commands.registerCommand('notelsp.showDueReviews', () => withClient((running) => pickDueReview(running))),
    vscode.commands.registerCommand('notelsp.restartServer', () => restartServer(context)),
    vscode.commands.registerCommand('notelsp.showOutput', () => log.show()),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('notelsp.server.path')) {
        log.info('notelsp.server.path changed: restarting the server');
        void restartServer(context);
      }
    }),
  );

  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

/** Starts the server. When it cannot start, shows one error message that names what to install or set. */
async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('notelsp');
  const workspaceRoot = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;

  let server;
  try {
    server = resolveServerCommand(context.extensionPath, settings.get<string>('server.path', ''), workspaceRoot);
  } catch (error) {
    if (error instanceof ServerNotFoundError) {
      log.error(error.message);
      void showStartError(error.message);
      return;
    }
    throw error;
  }

  const args = [...server.args];
  if (process.env.NOTELSP_WAIT_FOR_DEBUGGER === '1') {
    args.push('--wait-for-debugger');
  }
  log.info(`Starting ${server.command} ${args.join(' ')} (${server.source})`);

  const executable = { command: server.command, args, transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const templatesFolder = settings.get<string>('templates.folder', '.notelsp/templates');
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    outputChannel: log,
    initializationOptions: () => currentSettings(),
    synchronize: {
      configurationSection: 'notelsp',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/*.md'),
        vscode.workspace.createFileSystemWatcher(`**/${templatesFolder}/**`),
      ],
    },
  };

  client = new LanguageClient('notelsp', 'NoteLsp', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (error) {
    // The language client has already shown its own error notification for this failure.
    log.error(`The NoteLsp server failed to start: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  void dueReviewsStatus?.refresh();
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running && running.needsStop()) {
    await running.stop();
  }
}

async function restartServer(context: vscode.ExtensionContext): Promise<void> {
  await stopClient();
  await startClient(context);
}

/** The `notelsp` settings, sent as initializationOptions in the same shape as `workspace/configuration` returns them. */
function currentSettings(): object {
  const settings = vscode.workspace.getConfiguration('notelsp');
  return {
    server: { path: settings.get<string>('server.path', '') },
    trace: { server: settings.get<string>('trace.server', 'off') },
    logLevel: settings.get<string>('logLevel', 'info'),
    diagnostics: { scope: settings.get<string>('diagnostics.scope', 'openNotes') },
    review: { dueSoonDays: settings.get<number>('review.dueSoonDays', 3) },
    templates: { folder: settings.get<string>('templates.folder', '.notelsp/templates') },
  };
}

async function showStartError(message: string): Promise<void> {
  const choice = await vscode.window.showErrorMessage(message, 'Open Settings', 'Show Output');
  if (choice === 'Open Settings') {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'notelsp.server.path');
  } else if (choice === 'Show Output') {
    log.show();
  }
}

/** Runs `action` with the running client, or shows an error when the server is not running. */
async function withClient(action: (running: LanguageClient) => Promise<void>): Promise<void> {
  if (!client || !client.isRunning()) {
    const choice = await vscode.window.showErrorMessage(
      'The NoteLsp server is not running. Run "NoteLsp: Restart Server" after fixing the problem shown in the output.',
      'Show Output');
    if (choice === 'Show Output') {
      log.show();
    }
    return;
  }
  try {
    await action(client);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error(message);
    void vscode.window.showErrorMessage(`NoteLsp: ${message}`);
  }
}

/** Asks for a note name, has the server create the note with `notelsp.newNote`, and opens it. */
async function newConceptNote(): Promise<void> {
  await withClient(async (running) => {
    const name = await vscode.window.showInputBox({
      title: 'NoteLsp: New Concept Note',
      prompt: 'Name of the new note, the file name without .md; a folder prefix is allowed',
      placeHolder: 'docker-images-layers',
      validateInput: (value) => (value.trim() === '' ? 'Enter a note name.' : undefined),
    });
    if (name === undefined) {
      return;
    }

    const result = (await running.sendRequest(ExecuteCommandRequest.type, {
      command: 'notelsp.newNote',
      arguments: [{ name: name.trim() }],
    })) as { uri?: string } | null;
    if (!result?.uri) {
      throw new Error(`the server did not return the new note's URI for "${name.trim()}".`);
    }
    await vscode.window.showTextDocument(vscode.Uri.parse(result.uri));
  });
}

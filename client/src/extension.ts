import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  ErrorHandler,
  ExecuteCommandRequest,
  LanguageClient,
  LanguageClientOptions,
  Location,
  Position,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { DueReviewsStatus, pickDueReview } from './dueReviews';
import { resolveServerCommand, ServerNotFoundError } from './serverLocation';

const dueReviewsRefreshMs = 5 * 60 * 1000;

let client: LanguageClient | undefined;
// The notelsp.server.path value that the current client was started with.
let startedServerPath: string | undefined;
// Starts and stops run one after another, so that overlapping restarts never start two servers.
let lifecycle: Promise<void> = Promise.resolve();
let log: vscode.LogOutputChannel;
// Created once at activation and shared by every client, because a stopped client does not dispose them.
let fileWatchers: vscode.FileSystemWatcher[] = [];
let dueReviewsStatus: DueReviewsStatus | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  log = vscode.window.createOutputChannel('NoteLsp', { log: true });
  dueReviewsStatus = new DueReviewsStatus(() => client, log, dueReviewsRefreshMs);
  // The server reads notes, its vault configuration file and the templates from disk, so it needs their changes.
  const templatesFolder = vscode.workspace.getConfiguration('notelsp').get<string>('templates.folder', '.notelsp/templates');
  fileWatchers = [
    vscode.workspace.createFileSystemWatcher('**/*.md'),
    vscode.workspace.createFileSystemWatcher('**/.notelsp.yaml'),
    vscode.workspace.createFileSystemWatcher(`**/${templatesFolder}/**`),
  ];
  context.subscriptions.push(
    log,
    dueReviewsStatus,
    ...fileWatchers,
    vscode.commands.registerCommand('notelsp.newConceptNote', () => newConceptNote()),
    vscode.commands.registerCommand('notelsp.showDueReviews', () => withClient((running) => pickDueReview(running))),
    vscode.commands.registerCommand('notelsp.restartServer', () => restartServer(context)),
    vscode.commands.registerCommand('notelsp.showOutput', () => log.show()),
    // The server's backlinks code lens names this command with LSP locations, which VS Code's
    // own editor.action.showReferences does not accept, so they are converted here.
    vscode.commands.registerCommand('notelsp.showReferences', (uri: string, position: Position, locations: Location[]) =>
      withClient(async (running) => {
        const converter = running.protocol2CodeConverter;
        await vscode.commands.executeCommand(
          'editor.action.showReferences',
          vscode.Uri.parse(uri),
          converter.asPosition(position),
          locations.map((location) => converter.asLocation(location)));
      })),
    vscode.workspace.onDidChangeConfiguration((event) => {
      // One edit can raise several events, for example when user and remote settings both change.
      const serverPath = vscode.workspace.getConfiguration('notelsp').get<string>('server.path', '');
      if (event.affectsConfiguration('notelsp.server.path') && serverPath !== startedServerPath) {
        log.info(`notelsp.server.path changed to "${serverPath}": restarting the server`);
        void restartServer(context);
      }
    }),
  );

  await runInOrder(() => startClient(context));
}

export async function deactivate(): Promise<void> {
  await runInOrder(() => stopClient());
}

function runInOrder(operation: () => Promise<void>): Promise<void> {
  lifecycle = lifecycle.then(operation, operation);
  return lifecycle;
}

/** Starts the server. When it cannot start, shows one error message that names what to install or set. */
async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const settings = vscode.workspace.getConfiguration('notelsp');
  const workspaceRoot = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  startedServerPath = settings.get<string>('server.path', '');

  let server;
  try {
    server = resolveServerCommand(context.extensionPath, startedServerPath, workspaceRoot);
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
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    outputChannel: log,
    initializationOptions: () => currentSettings(),
    synchronize: {
      configurationSection: 'notelsp',
      fileEvents: fileWatchers,
    },
  };

  const starting = new StartingLanguageClient('notelsp', 'NoteLsp', serverOptions, clientOptions);
  starting.useStartupErrorHandling(server.command);
  client = starting;
  try {
    await starting.start();
    starting.startSucceeded();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log.error(`The NoteLsp server failed to start: ${reason}`);
    void showStartError(
      `The NoteLsp server (${server.command} ${server.args.join(' ')}) stopped while starting: ${reason}. ` +
        'Its log is in the NoteLsp output. Fix the problem, or set "notelsp.server.path", ' +
        'then run "NoteLsp: Restart Server".');
    return;
  }
  void dueReviewsStatus?.refresh();
}

/**
 * Language client that reports a failed start with one message from the extension, shown by startClient.
 * The base client would show a notification for each failed attempt and each connection error, and restart the
 * server up to 4 times. Until the start succeeds, those notifications go to the log only and a server that exits is
 * not restarted. A client whose start failed stays that way. After a successful start the base client's error
 * handling applies unchanged.
 */
class StartingLanguageClient extends LanguageClient {
  private quiet = true;

  useStartupErrorHandling(command: string): void {
    const fallback: ErrorHandler = this.createDefaultErrorHandler();
    this.clientOptions.initializationFailedHandler = () => false;
    this.clientOptions.errorHandler = {
      error: (error, message, count) => {
        if (this.quiet) {
          return { action: ErrorAction.Shutdown, handled: true };
        }
        return fallback.error(error, message, count);
      },
      closed: () => {
        if (this.quiet) {
          log.error(`The server process ${command} exited before it was initialized; it is not restarted.`);
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        return fallback.closed();
      },
    };
  }

  startSucceeded(): void {
    this.quiet = false;
  }

  override error(message: string, data?: unknown, showNotification?: boolean | 'force'): void {
    super.error(message, data, this.quiet ? false : showNotification);
  }
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  if (running && running.needsStop()) {
    await running.stop();
  }
}

function restartServer(context: vscode.ExtensionContext): Promise<void> {
  return runInOrder(async () => {
    await stopClient();
    await startClient(context);
  });
}

/** The `notelsp` settings, sent as initializationOptions in the same shape as `workspace/configuration` returns them. */
function currentSettings(): object {
  const settings = vscode.workspace.getConfiguration('notelsp');
  return {
    server: { path: settings.get<string>('server.path', '') },
    trace: { server: settings.get<string>('trace.server', 'off') },
    logLevel: settings.get<string>('logLevel', 'info'),
    diagnostics: { scope: settings.get<string>('diagnostics.scope', 'vault') },
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

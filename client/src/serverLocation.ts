import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The program and arguments that start the NoteLsp server over stdio. */
export interface ServerCommand {
  command: string;
  args: string[];
  /** Human-readable origin of the command, written to the log. */
  source: string;
}

/** Error for a server that cannot be started. Its message names what to install or set. */
export class ServerNotFoundError extends Error {}

const bundledDll = path.join('server', 'notelsp.dll');

/**
 * Resolves the command that starts the server.
 *
 * `configuredPath` is the `notelsp.server.path` setting: a `notelsp` executable, a `.dll` run with `dotnet`,
 * or empty for the server shipped in the extension. A relative path is taken from `workspaceRoot`.
 * Throws ServerNotFoundError when the file or the `dotnet` runtime is missing.
 */
export function resolveServerCommand(extensionRoot: string, configuredPath: string, workspaceRoot?: string): ServerCommand {
  const trimmed = configuredPath.trim();

  if (trimmed === '') {
    const dll = path.join(extensionRoot, bundledDll);
    if (!fs.existsSync(dll)) {
      throw new ServerNotFoundError(
        `The NoteLsp server shipped with the extension is missing (${dll}). ` +
          'Reinstall the extension, or set "notelsp.server.path" to a notelsp executable or notelsp.dll.');
    }
    return { command: findDotnet(), args: [dll, 'lsp'], source: `bundled server ${dll}` };
  }

  const serverPath = absolutePath(trimmed, workspaceRoot);
  if (!fs.existsSync(serverPath)) {
    throw new ServerNotFoundError(
      `The NoteLsp server set in "notelsp.server.path" was not found: ${serverPath}. ` +
        'Set it to an existing notelsp executable or notelsp.dll, or clear it to use the bundled server.');
  }

  if (serverPath.toLowerCase().endsWith('.dll')) {
    return { command: findDotnet(), args: [serverPath, 'lsp'], source: `notelsp.server.path ${serverPath}` };
  }

  if (!isExecutable(serverPath)) {
    throw new ServerNotFoundError(
      `The NoteLsp server set in "notelsp.server.path" is not an executable file: ${serverPath}. ` +
        'Set it to a notelsp executable or a notelsp.dll.');
  }
  return { command: serverPath, args: ['lsp'], source: `notelsp.server.path ${serverPath}` };
}

function absolutePath(configured: string, workspaceRoot?: string): string {
  let expanded = configured;
  if (expanded === '~' || expanded.startsWith('~/')) {
    expanded = path.join(os.homedir(), expanded.slice(1));
  }
  if (path.isAbsolute(expanded)) {
    return expanded;
  }
  return path.resolve(workspaceRoot ?? process.cwd(), expanded);
}

/** Finds the `dotnet` host in DOTNET_ROOT, then on PATH. */
function findDotnet(): string {
  const executableName = process.platform === 'win32' ? 'dotnet.exe' : 'dotnet';
  const folders: string[] = [];
  if (process.env.DOTNET_ROOT) {
    folders.push(process.env.DOTNET_ROOT);
  }
  folders.push(...(process.env.PATH ?? '').split(path.delimiter).filter((folder) => folder !== ''));

  for (const folder of folders) {
    const candidate = path.join(folder, executableName);
    if (isExecutable(candidate)) {
      return candidate;
    }
  }
  throw new ServerNotFoundError(
    'NoteLsp needs the .NET 10 runtime, but "dotnet" was not found in DOTNET_ROOT or on PATH. ' +
      'Install the .NET 10 runtime, or set "notelsp.server.path" to a self-contained notelsp executable.');
}

function isExecutable(file: string): boolean {
  try {
    if (!fs.statSync(file).isFile()) {
      return false;
    }
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

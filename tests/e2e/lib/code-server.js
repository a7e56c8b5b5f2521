// Starts and stops a code-server instance bound to 127.0.0.1 whose state lives in one folder.
'use strict';

const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const path = require('path');

// The marketplace points at the discard port on loopback, so every gallery request fails at once and none leaves
// the machine.
const deadGallery = JSON.stringify({
  serviceUrl: 'http://127.0.0.1:9/gallery',
  itemUrl: 'http://127.0.0.1:9/item',
});

const quietSettings = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
};

// Instances whose process is running, for stopAll().
const running = new Set();

class CodeServer {
  /** Stops every code-server that this process started and has not stopped yet. */
  static async stopAll() {
    await Promise.all([...running].map((server) => server.stop()));
  }

  /**
   * @param {object} options
   * @param {string} options.binary path of the code-server launcher; it runs on the first `node` on PATH.
   * @param {string} options.stateDir folder for all of code-server's state; it is created.
   * @param {object} [options.env] extra environment variables for code-server and the extension host.
   * @param {object} [options.userSettings] VS Code user settings added to the quiet defaults.
   */
  constructor({ binary, stateDir, env = {}, userSettings = {} }) {
    this.binary = binary;
    this.stateDir = stateDir;
    this.logFile = path.join(stateDir, 'code-server.log');
    this.process = undefined;

    const xdg = path.join(stateDir, 'xdg');
    this.env = {
      ...process.env,
      ...env,
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
      XDG_STATE_HOME: path.join(xdg, 'state'),
      TMPDIR: path.join(stateDir, 'tmp'),
      EXTENSIONS_GALLERY: deadGallery,
    };
    for (const folder of ['tmp', 'user-data/User', 'extensions']) {
      fs.mkdirSync(path.join(stateDir, folder), { recursive: true });
    }
    this.writeUserSettings(userSettings);
  }

  /**
   * Writes the quiet defaults plus `userSettings` as both the user and the remote machine settings, which a running
   * VS Code applies. The browser window of code-server is a remote window, and VS Code ignores the user's value of a
   * setting with machine scope there, such as notelsp.server.path, so that value must come from the machine settings.
   */
  writeUserSettings(userSettings) {
    const text = JSON.stringify({ ...quietSettings, ...userSettings }, null, 2);
    for (const folder of ['User', 'Machine']) {
      fs.mkdirSync(path.join(this.stateDir, 'user-data', folder), { recursive: true });
      fs.writeFileSync(path.join(this.stateDir, 'user-data', folder, 'settings.json'), text);
    }
  }

  commonArgs() {
    return [
      '--config', path.join(this.stateDir, 'config.yaml'),
      '--user-data-dir', path.join(this.stateDir, 'user-data'),
      '--extensions-dir', path.join(this.stateDir, 'extensions'),
      '--disable-telemetry',
      '--disable-update-check',
    ];
  }

  /** Installs a .vsix from disk; throws with code-server's output when the install fails. */
  installExtension(vsix) {
    const result = spawnSync(this.binary, [...this.commonArgs(), '--install-extension', vsix, '--force'], {
      env: this.env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (result.status !== 0) {
      throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}): ` +
        `${result.stdout}${result.stderr}${result.error ? result.error.message : ''}`);
    }
  }

  /** Starts code-server on a free loopback port with `folder` open and returns the URL that opens it. */
  async start(folder) {
    const port = await freeLoopbackPort();
    fs.writeFileSync(path.join(this.stateDir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

    const log = fs.openSync(this.logFile, 'w');
    // detached: true gives code-server its own process group, so stop() can end it together with the extension host
    // and the language server that it starts.
    this.process = spawn(this.binary, [
      ...this.commonArgs(),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-workspace-trust',
      folder,
    ], { env: this.env, detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    running.add(this);

    const healthUrl = `http://127.0.0.1:${port}/healthz`;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (this.process.exitCode !== null) {
        throw new Error(`code-server exited with code ${this.process.exitCode}: ${this.readLog()}`);
      }
      try {
        const response = await fetch(healthUrl);
        if (response.ok) {
          return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
        }
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`code-server did not answer ${healthUrl} within 60 s: ${this.readLog()}`);
  }

  /** Ends the process group that start() created: SIGTERM first, SIGKILL for whatever is left after 5 s. */
  async stop() {
    if (!this.process || this.process.pid === undefined) {
      return;
    }
    const group = -this.process.pid;
    signalGroup(group, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && groupIsAlive(group)) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    signalGroup(group, 'SIGKILL');
    this.process = undefined;
    running.delete(this);
  }

  readLog() {
    return fs.existsSync(this.logFile) ? fs.readFileSync(this.logFile, 'utf8').slice(-2000) : '(no log)';
  }
}

function signalGroup(group, signal) {
  try {
    process.kill(group, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') {
      throw error;
    }
  }
}

function groupIsAlive(group) {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Returns a TCP port on 127.0.0.1 that was free a moment ago. */
function freeLoopbackPort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

module.exports = { CodeServer };

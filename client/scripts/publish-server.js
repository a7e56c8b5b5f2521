// Publishes the NoteLsp server (src/NoteLsp.Cli) into client/server/ so that `vsce package` ships it in the .vsix.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const clientRoot = path.resolve(__dirname, '..');
const project = path.resolve(clientRoot, '..', 'src', 'NoteLsp.Cli');
const output = path.join(clientRoot, 'server');

fs.rmSync(output, { recursive: true, force: true });

// ReadyToRun code for the building machine's platform cuts the server's start-up by about a quarter
// (docs/benchmarks.md). notelsp.dll keeps its IL, so `dotnet notelsp.dll` still runs on every
// platform; elsewhere the runtime compiles it as usual.
const runtimeIds = { 'linux-x64': 'linux-x64', 'linux-arm64': 'linux-arm64', 'darwin-x64': 'osx-x64', 'darwin-arm64': 'osx-arm64', 'win32-x64': 'win-x64', 'win32-arm64': 'win-arm64' };
const runtimeId = runtimeIds[`${process.platform}-${process.arch}`];
const args = ['publish', project, '-c', 'Release', '-o', output, '-p:DebugType=none', '-p:SatelliteResourceLanguages=en', '-nologo'];
if (runtimeId) {
  args.push('-r', runtimeId, '--self-contained', 'false', '-p:PublishReadyToRun=true');
}
console.log(`dotnet ${args.join(' ')}`);
const result = spawnSync('dotnet', args, {
  stdio: 'inherit',
  env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
});
if (result.error) {
  console.error(`Failed to run dotnet: ${result.error.message}. Install the .NET 10 SDK to build the server.`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`dotnet publish of ${project} failed with exit code ${result.status}.`);
  process.exit(1);
}

for (const name of fs.readdirSync(output)) {
  if (name.endsWith('.pdb')) {
    fs.rmSync(path.join(output, name));
  }
}

const dll = path.join(output, 'notelsp.dll');
if (!fs.existsSync(dll)) {
  console.error(`dotnet publish finished but ${dll} is missing: the server assembly must be named notelsp.`);
  process.exit(1);
}
console.log(`Server published to ${output}`);

// Helpers shared by the editor tests: command-line options and facts read from the vault copy.
'use strict';

const fs = require('fs');
const path = require('path');

/** Parses `--name value` pairs. Throws when a required option is missing. */
function parseArgs(argv, required, defaults) {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) {
      throw new Error(`invalid argument "${argv[i]}": expected --name value pairs`);
    }
    options[argv[i].slice(2)] = argv[i + 1];
  }
  const missing = required.filter((name) => !options[name]);
  if (missing.length > 0) {
    throw new Error(`missing options: ${missing.map((name) => `--${name}`).join(', ')}`);
  }
  return options;
}

/** Copies the vault to `target` so that the tests never change the repository's files, and returns `target`. */
function copyVault(source, target) {
  if (!fs.existsSync(path.join(source, 'docker-why-containers.md'))) {
    throw new Error(`the vault ${source} has no docker-why-containers.md`);
  }
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/** Returns the names of the vault's notes: paths relative to the vault, without `.md`, skipping dot folders. */
function noteNames(vault) {
  const names = [];
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) {
        continue;
      }
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.name.endsWith('.md')) {
        names.push(path.relative(vault, full).slice(0, -'.md'.length).split(path.sep).join('/'));
      }
    }
  };
  walk(vault);
  return names.sort();
}

/** Returns the 0-based number of the first line of `file` that contains `text`. Throws when none does. */
function findLine(file, text) {
  const index = fs.readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) {
    throw new Error(`${file} has no line containing ${JSON.stringify(text)}`);
  }
  return index;
}

// Section heading of the concept-note format, expected when the vault has no template of its own.
const builtInTemplateHeadings = ['## 📋 Metadata'];

/**
 * Returns the section headings (`## ` lines) that a note created from the vault's template must contain.
 * The template is `concept.md` in the vault's `.notelsp/templates` folder, or the only template there. Headings that
 * contain a placeholder such as `{{title}}` are left out because the server replaces them.
 */
function expectedTemplateHeadings(vault) {
  const folder = path.join(vault, '.notelsp', 'templates');
  const templates = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.md')) : [];
  let template;
  if (templates.length === 0) {
    // NOTE: assumes that the server's built-in template is a concept note; only its Metadata heading is checked.
    return builtInTemplateHeadings;
  } else if (templates.includes('concept.md')) {
    template = 'concept.md';
  } else if (templates.length === 1) {
    template = templates[0];
  } else {
    throw new Error(`cannot tell which template a new note uses: ${folder} contains ${JSON.stringify(templates)}`);
  }

  const headings = fs
    .readFileSync(path.join(folder, template), 'utf8')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.startsWith('## ') && !line.includes('{{'));
  if (headings.length === 0) {
    throw new Error(`the template ${path.join(folder, template)} has no "## " heading to look for in a new note`);
  }
  return headings;
}

module.exports = { copyVault, expectedTemplateHeadings, findLine, noteNames, parseArgs };

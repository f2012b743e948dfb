// The local rule `layers/no-cycle`: no import cycles between modules, type-only
// imports included (import-x's no-cycle skips those, yet a cycle through a
// types file still ties the modules together).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];
const importsCache = new Map();

function resolve(fromFile, specifier) {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (/\.tsx?$/.test(candidate) && fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** The project files a file imports by relative path, read from disk. */
function importsOf(file) {
  const mtime = fs.statSync(file).mtimeMs;
  const cached = importsCache.get(file);
  if (cached?.mtime === mtime) return cached.targets;
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles.filter((f) => f.fileName.startsWith('.')).map((f) => resolve(file, f.fileName)).filter(Boolean);
  importsCache.set(file, { mtime, targets });
  return targets;
}

/** A route of files from `start` back to `goal`, or null. */
function routeBack(start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === goal) {
        const route = [file];
        for (let at = previous.get(file); at; at = previous.get(at)) route.unshift(at);
        return route;
      }
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles, type-only imports included.' },
    schema: [],
    messages: {
      cycle:
        'Import cycle: {{route}}. These modules depend on each other, so none can be read, tested or loaded alone. Move what both sides need (often types) into a module of its own that both import, or pass it in as an argument.',
    },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!path.isAbsolute(file) || !fs.existsSync(file)) return {};
    const name = (f) => path.relative(context.cwd, f).split(path.sep).join('/');

    function check(node) {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolve(file, specifier);
      const route = target && routeBack(target, file);
      if (route) context.report({ node: node.source, messageId: 'cycle', data: { route: [file, ...route, file].map(name).join(' → ') } });
    }

    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

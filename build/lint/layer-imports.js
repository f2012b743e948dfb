// The local rule `layers/allowed-imports`: a file may import only what its
// layer (layers.js) allows, and only categorised npm packages (packages.js).
import path from 'node:path';
import { LAYERS, layerOf } from './layers.js';
import { groupOf, packageOf } from './packages.js';
import { EXCEPTIONS } from './exceptions.js';

const LAYER_NAMES = LAYERS.map((l) => l.name).join(', ');

function allowsLayer(layer, own, target) {
  if (target === own || layer.layers.includes('*') || layer.layers.includes(target)) return true;
  return target.startsWith('renderer/features/') && layer.layers.includes('renderer/features/*');
}

function isExcepted(from, to) {
  return EXCEPTIONS.some((e) => from.startsWith(e.from) && to.startsWith(e.to));
}

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each file imports only what its layer allows (build/lint/layers.js).' },
    schema: [],
    messages: {
      noLayer: 'This file is in no layer ({{layers}}). Move it into one, or declare its layer in build/lint/layers.js with what it may import.',
      targetNoLayer: '"{{specifier}}" resolves outside every layer. Import code from a layer ({{layers}}), or declare the layer in build/lint/layers.js.',
      layer: '{{from}} may not import {{to}} ("{{specifier}}"). {{rule}}',
      uncategorised: 'npm package "{{pkg}}" is not categorised: add it to a group in build/lint/packages.js (where can it run: any, node, ui, …) and allow that group in the layers that need it.',
      package: '{{from}} may not import the {{group}} package "{{pkg}}". {{rule}}',
    },
  },
  create(context) {
    const relative = (absolute) => path.relative(context.cwd, absolute).split(path.sep).join('/');
    const file = relative(context.filename);
    const own = layerOf(file);

    function check(node, specifier) {
      if (!own || typeof specifier !== 'string') return;
      const { layer, name } = own;
      if (specifier.startsWith('.')) {
        const target = relative(path.resolve(path.dirname(context.filename), specifier));
        const to = layerOf(target);
        if (!to) context.report({ node, messageId: 'targetNoLayer', data: { specifier, layers: LAYER_NAMES } });
        else if (!allowsLayer(layer, name, to.name) && !isExcepted(file, target)) {
          context.report({ node, messageId: 'layer', data: { from: name, to: to.name, specifier, rule: layer.rule } });
        }
        return;
      }
      const pkg = packageOf(specifier);
      const group = groupOf(pkg);
      if (!group) context.report({ node, messageId: 'uncategorised', data: { pkg } });
      else if (!layer.packages.includes('*') && !layer.packages.includes(group)) {
        context.report({ node, messageId: 'package', data: { from: name, group, pkg, rule: layer.rule } });
      }
    }

    return {
      Program(node) {
        if (!own) context.report({ node, messageId: 'noLayer', data: { layers: LAYER_NAMES } });
      },
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

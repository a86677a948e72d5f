#!/usr/bin/env node
// Validates an AsyncAPI document (and the JSON schemas it references by relative $ref) with @asyncapi/parser.
// Prints every diagnostic as "<severity> <path> <message>" and a last line "errors: N"; exits 1 when N > 0.
// Usage: node validate-asyncapi.cjs <asyncapi.yaml>
'use strict';
const { Parser, fromFile, DiagnosticSeverity } = require('@asyncapi/parser');

async function main(file) {
  const { document, diagnostics } = await fromFile(new Parser(), file).parse();
  const names = { [DiagnosticSeverity.Error]: 'error', [DiagnosticSeverity.Warning]: 'warning',
    [DiagnosticSeverity.Information]: 'info', [DiagnosticSeverity.Hint]: 'hint' };
  for (const d of diagnostics) {
    console.log(`${names[d.severity]} ${(d.path || []).join('.')} ${d.message}`);
  }
  const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length + (document ? 0 : 1);
  console.log(`errors: ${errors}`);
  return errors === 0 ? 0 : 1;
}

if (process.argv.length !== 3) {
  console.error('usage: node validate-asyncapi.cjs <asyncapi.yaml>');
  process.exit(2);
}
main(process.argv[2]).then(code => process.exit(code), e => { console.error(e.stack || String(e)); process.exit(1); });

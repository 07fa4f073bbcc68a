/**
 * pnpm audit:regex
 * Issue 10: every regular expression of the repository's sources (tests aside) checked for backtracking by recheck
 * (its automaton analysis, with a seeded fuzzer where the automaton is too large). Prints each pattern that is not
 * proven safe and exits 1 if one is neither safe nor named below with its bound. Not part of `pnpm check`: the
 * analysis takes from seconds to minutes with the machine's load, and its time limits would make a test flaky. The
 * linear-time tests (src/linear-time.test.ts) hold the result in the suite by running every rule on adversarial text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const FOLDERS = ['packages', 'apps'];

interface Found {
  file: string;
  pattern: string;
  flags: string;
}

// Patterns recheck cannot prove safe that only ever run on text of bounded length: the bound is the reason.
const BOUNDED: readonly { file: string; startsWith: string; bound: string }[] = [
  {
    file: 'packages/parser/src/rules/caption.ts',
    startsWith: '(?:\\b(?:photo|photograph',
    bound: 'runs of at most 60 characters, on paragraphs of at most 300 (captionReason returns before)',
  },
];
// Files that build a pattern at run time, each from parts known to be safe.
const DYNAMIC: Record<string, string> = {
  'packages/schema/src/clean-text.ts': 'UNSAFE.source: a literal of the same file, audited as such',
  'apps/web/src/features/quotes/highlight-terms.ts': 'escaped search words joined by "|", then one class run',
  'packages/parser/src/resolve/headline-names.ts': 'one escaped word between \\b: no quantifier',
  'packages/parser/src/lexicon/company-endings.ts':
    'legal forms of letters and "/" joined by "|", after "\\s+" or "\\b" and before "\\.?$" or "\\.?[\'’]s$": tested on names of a few words',
  'packages/parser/src/resolve/refiners/country-in-focus.ts':
    'escaped country names and adjectives joined by "|", between a lookbehind and a lookahead of one class: no quantifier',
  'packages/parser/src/resolve/refiners/introduced-unnamed.ts':
    '"\\S+\\s+", an article, at most two "[\\p{L}-]+\\s+" and a head stripped to letters and hyphens: each run of a class ends on a character outside it, over 1,500 characters',
  'packages/parser/src/rules/transcript.ts':
    'a host\'s initials as "N\\p{Ll}+ P\\p{Ll}+", or "\\p{Lu}[\\p{L}.’\'-]+ " and a surname: each run of a class ends on a character outside it',
};

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$|\.d\.ts$/.test(entry.name)) yield path;
  }
}

/** Every regex literal of the sources and the files that call `new RegExp`. */
function collect(): { literals: Found[]; dynamic: Set<string> } {
  const literals: Found[] = [];
  const dynamic = new Set<string>();
  for (const folder of FOLDERS) {
    for (const pkg of readdirSync(join(ROOT, folder))) {
      let files: string[];
      try {
        files = [...sourceFiles(join(ROOT, folder, pkg, 'src'))];
      } catch {
        continue; // a package without src/
      }
      for (const path of files) {
        const file = relative(ROOT, path);
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(source);
            const slash = text.lastIndexOf('/');
            literals.push({ file, pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
          } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') dynamic.add(file);
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  }
  return { literals, dynamic };
}

const { literals, dynamic } = collect();
const bounded = (l: Found) => BOUNDED.some((b) => b.file === l.file && l.pattern.startsWith(b.startsWith));
let failures = 0;
for (const l of literals) {
  if (bounded(l)) continue;
  const result = checkSync(l.pattern, l.flags, { randomSeed: 1, timeout: 60_000 });
  if (result.status === 'safe') continue;
  failures += 1;
  const how =
    result.status === 'vulnerable' ? `${result.complexity.type}, attack ${JSON.stringify(result.attack.string.slice(0, 40))}` : '';
  console.log(`${result.status}: ${l.file} /${l.pattern}/${l.flags} ${how}`);
}
for (const file of dynamic) {
  if (DYNAMIC[file] === undefined) {
    failures += 1;
    console.log(`unlisted: ${file} builds a pattern at run time: audit it and name it in DYNAMIC`);
  }
}
console.log(
  `${literals.length} patterns in ${new Set(literals.map((l) => l.file)).size} files; ${BOUNDED.length} bounded, ${dynamic.size} built at run time; ${failures} to fix`,
);
process.exitCode = failures === 0 ? 0 : 1;

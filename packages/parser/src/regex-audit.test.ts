import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Issue 10: every regular expression that meets article text or request input is audited for backtracking by
// recheck (an automaton analysis, not a timing). The whole repository is read from here because the parser holds most
// patterns, and the API, CLI, client and web app meet the same hostile text.
const ROOT = join(import.meta.dirname, '../../..');
const FOLDERS = ['packages', 'apps'];

// Patterns recheck cannot prove safe that only ever run on text of bounded length: the bound is the reason, and the
// linear-time tests run the rule on long adversarial input to hold it.
const BOUNDED: readonly { file: string; startsWith: string; bound: string }[] = [
  {
    file: 'packages/parser/src/rules/caption.ts',
    startsWith: '(?:\\b(?:photo|photograph',
    bound: 'CREDIT_END: runs of at most 60 characters, on paragraphs of at most 300 (captionReason returns before)',
  },
];
const bounded = (l: Found) => BOUNDED.some((b) => b.file === l.file && l.pattern.startsWith(b.startsWith));
// Patterns built at run time, each from parts the audit sees as literals or from escaped words.
const DYNAMIC: Record<string, string> = {
  'packages/schema/src/clean-text.ts': 'UNSAFE.source: a literal of the same file, audited as such',
  'apps/web/src/features/quotes/highlight-terms.ts': 'escaped search words joined by "|", then one class run',
};

interface Found {
  file: string;
  pattern: string;
  flags: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sourceFiles(path);
    } else if (/\.tsx?$/.test(entry.name) && !/\.(?:test|e2e\.test)\.tsx?$|\.d\.ts$/.test(entry.name)) yield path;
  }
}

/** Every regex literal of the repository's sources (tests aside) and the files that build one at run time. */
function collect(): { literals: Found[]; dynamic: string[] } {
  const literals: Found[] = [];
  const dynamic: string[] = [];
  for (const folder of FOLDERS) {
    for (const pkg of readdirSync(join(ROOT, folder))) {
      let files: string[];
      try {
        files = [...sourceFiles(join(ROOT, folder, pkg, 'src'))];
      } catch {
        continue;
      }
      for (const path of files) {
        const file = relative(ROOT, path);
        const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
        const visit = (node: ts.Node): void => {
          if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const text = node.getText(source);
            const slash = text.lastIndexOf('/');
            literals.push({ file, pattern: text.slice(1, slash), flags: text.slice(slash + 1) });
          } else if (ts.isNewExpression(node) && node.expression.getText(source) === 'RegExp') dynamic.push(file);
          ts.forEachChild(node, visit);
        };
        visit(source);
      }
    }
  }
  return { literals, dynamic };
}

describe('regular expressions of the repository', { timeout: 600_000 }, () => {
  const { literals, dynamic } = collect();

  it('should find the patterns of every package', () => {
    const files = new Set(literals.map((l) => l.file.split('/').slice(0, 2).join('/')));
    expect([...files]).toEqual(expect.arrayContaining(['packages/parser', 'packages/schema', 'apps/api', 'apps/web']));
    expect(literals.length).toBeGreaterThan(200);
  });

  it('should hold no pattern that backtracks, except bounded ones named with their bound', () => {
    const unsafe = literals
      .filter((l) => !bounded(l))
      .map((l) => ({ ...l, status: checkSync(l.pattern, l.flags, { timeout: 20_000 }).status }))
      .filter((l) => l.status !== 'safe');
    expect(unsafe).toEqual([]);
    expect(BOUNDED.every((b) => literals.some((l) => bounded(l) && l.file === b.file))).toBe(true);
  });

  it('should build patterns at run time only where the parts are known', () => {
    expect([...new Set(dynamic)].sort()).toEqual(Object.keys(DYNAMIC).sort());
  });
});

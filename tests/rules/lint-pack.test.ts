import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { hasCatastrophicBacktracking, lintRulePack } from '../../src/rules/lint-pack.ts';
import { builtinPackDirectory } from '../helpers/pipelines.ts';

const brokenPack = resolve(import.meta.dirname, '..', '..', 'fixtures', 'broken-packs', 'every-mistake');

function captureIo() {
  let stdout = '';
  let stderr = '';
  const stream = (append: (text: string) => void) => ({ write: (chunk: string) => (append(String(chunk)), true) }) as unknown as NodeJS.WritableStream;
  return {
    io: { stdout: stream((text) => (stdout += text)), stderr: stream((text) => (stderr += text)), stdin: process.stdin },
    output: () => ({ stdout, stderr }),
  };
}

describe('depesche check', () => {
  const builtin = lintRulePack(builtinPackDirectory);
  const { problems } = lintRulePack(brokenPack, builtin, resolve(import.meta.dirname, '..', '..'));
  const at = (file: string, line: number) => problems.filter((problem) => problem.file.endsWith(file) && problem.line === line).map((problem) => problem.code);

  it.each([
    ['knowledge.jsonl', 2, 'duplicate-id'],
    ['knowledge.jsonl', 3, 'alias-claimed-twice'],
    ['knowledge.jsonl', 4, 'schema'],
    ['patterns.jsonl', 1, 'dead-pattern'],
    ['patterns.jsonl', 2, 'dead-pattern'],
    ['patterns.jsonl', 3, 'bad-regex'],
    ['patterns.jsonl', 4, 'bad-regex'],
    ['patterns.jsonl', 5, 'dead-pattern'],
    ['patterns.jsonl', 6, 'dead-pattern'],
    ['patterns.jsonl', 7, 'schema'],
    ['patterns.jsonl', 8, 'dead-pattern'],
    ['triggers.jsonl', 1, 'unknown-event-type'],
    ['triggers.jsonl', 2, 'bad-trigger'],
    ['roles.jsonl', 1, 'unknown-sector'],
    ['places.jsonl', 1, 'unknown-seat'],
    ['places.jsonl', 2, 'unknown-role'],
  ])('%s:%i → %s', (file, line, code) => {
    expect(at(file, line)).toContain(code);
  });

  it('lets entities of different countries share a name, which the article\'s countries choose between, but not two of one country', () => {
    expect(at('knowledge.jsonl', 6)).not.toContain('alias-claimed-twice');
    expect(at('knowledge.jsonl', 7)).toContain('alias-claimed-twice');
  });

  it('finds nothing wrong in the built-in pack', () => {
    expect(lintRulePack(builtinPackDirectory).problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('prints file:line: rule-id: message and exits 1 on errors', async () => {
    const { io, output } = captureIo();
    const code = await main(['check', brokenPack], io);
    expect(code).toBe(1);
    expect(output().stdout).toMatch(/every-mistake\/knowledge\.jsonl:2: per:anna-beispiel: error: id "per:anna-beispiel" is already used at .*knowledge\.jsonl:1/);
    expect(output().stdout).toMatch(/patterns\.jsonl:4: pattern:slow-regex: error: token 1: regex .* can backtrack catastrophically/);
  });

  it('exits 0 on the built-in pipeline', async () => {
    const { io } = captureIo();
    expect(await main(['check', 'news-de'], io)).toBe(0);
  });

  it.each([
    ['(a+)+', true],
    ['(\\w*)*x', true],
    ['(a+){2,}', true],
    ['(ab)+', false],
    ['[(]+', false],
    ['\\d+(,\\d+)?', false],
  ])('regex %s nests quantifiers: %s', (source, expected) => {
    expect(hasCatastrophicBacktracking(source)).toBe(expected);
  });
});

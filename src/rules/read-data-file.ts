/**
 * Reads JSON and JSONL rule files with positioned errors: every problem names the file, the line and, where the
 * entry has one, the rule id, so `file:line: rule-id: message` points at what to fix.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { RulePackError } from '../errors.ts';

export interface LocatedEntry<T> {
  value: T;
  file: string;
  line: number;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`)
    .join('; ');
}

export function readJsonlFile<T>(file: string, displayName: string, schema: z.ZodType<T>): LocatedEntry<T>[] {
  const text = readFileSync(file, 'utf8');
  const entries: LocatedEntry<T>[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index].trim();
    if (raw === '' || raw.startsWith('//')) continue;
    const line = index + 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      throw new RulePackError(displayName, line, undefined, `not valid JSON (${(error as Error).message})`);
    }
    const id = typeof parsed === 'object' && parsed && 'id' in parsed ? String((parsed as { id: unknown }).id) : undefined;
    const result = schema.safeParse(parsed);
    if (!result.success) throw new RulePackError(displayName, line, id, describeIssues(result.error));
    entries.push({ value: result.data, file: displayName, line });
  }
  return entries;
}

export function readJsonFile<T>(file: string, displayName: string, schema: z.ZodType<T>): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RulePackError(displayName, undefined, undefined, `not valid JSON (${(error as Error).message})`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) throw new RulePackError(displayName, undefined, undefined, describeIssues(result.error));
  return result.data;
}

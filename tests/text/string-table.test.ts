import { describe, expect, it } from 'vitest';
import { StringTable } from '../../src/text/string-table.ts';

describe('StringTable', () => {
  const entries: [string, number][] = [
    ['prag', 16],
    ['deutschland', 35096],
    ['', 7],
    ['straße', 1],
    ['𝔄ra', 2],
    ['ärzte', 3],
  ];

  it('answers like a Map built from the same entries, for present and absent keys', () => {
    const table = StringTable.build(entries);
    const map = new Map(entries);
    expect(table.size).toBe(map.size);
    for (const key of [...map.keys(), 'pra', 'prags', 'Prag', 'deutschlan', 'strasse', '𝔄r', 'x']) expect(table.get(key), key).toBe(map.get(key));
    expect(new Set(table.keys())).toEqual(new Set(map.keys()));
  });

  it('looks up a piece of a longer string, optionally with another first letter', () => {
    const table = StringTable.build([['Sprecher', 1], ['deutschland', 2]]);
    expect(table.getRange('Deutschlandreise', 0, 11)).toBeUndefined();
    expect(table.getRange('deutschlandreise', 0, 11)).toBe(2);
    expect(table.getRange('Regierungssprecher', 10, 18)).toBeUndefined();
    expect(table.getRange('Regierungssprecher', 10, 18, 'S'.charCodeAt(0))).toBe(1);
  });

  it('keeps the last value of a repeated key, and can live in shared memory', () => {
    const table = StringTable.build([['a', 1], ['a', 2]], { shared: true });
    expect(table.get('a')).toBe(2);
    expect(table.size).toBe(1);
    expect(table.data.slots.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(new StringTable(table.data).get('a')).toBe(2);
  });

  it('holds many keys without losing any', () => {
    const many = Array.from({ length: 50_000 }, (_, index) => [`name${index * 7919}`, index] as [string, number]);
    const table = StringTable.build(many);
    for (const [key, value] of many) expect(table.get(key)).toBe(value);
    expect(table.get('name1')).toBeUndefined();
  });
});

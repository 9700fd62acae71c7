// Option lists sized to the terminal: every option on one page when it fits, the answers that
// are not options kept in sight when it does not, long options wrapped under their first line.
import { describe, expect, it } from 'vitest';
import { layoutChoices } from '../src/cli/run/choice-layout.js';

const long = 'Oui, un lieu ou une instance réunit régulièrement des acteurs de plusieurs mondes autour du territoire et de son avenir';
const choices = [
  { value: 'a', name: long },
  { value: 'b', name: 'Non' },
  { value: 'c', name: long },
  { value: 'x', name: 'Je ne sais pas', pinned: true },
  { value: 'y', name: '← Revenir à la question précédente', pinned: true },
];

describe('layoutChoices', () => {
  it('wraps a long option with its later lines indented under the first, and keeps the plain name for the answer line', () => {
    const { choices: laid } = layoutChoices(choices, 'Question ?', { columns: 60, rows: 40 }, 2);
    const lines = laid[0]!.name.split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(2 + line.length).toBeLessThan(60);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\S/);
    expect(lines.map((l) => l.trim()).join(' ')).toBe(long);
    expect(laid[0]!.short).toBe(long);
  });

  it('shows every option on one page when the terminal is tall enough, in their order', () => {
    const laid = layoutChoices(choices, 'Question ?', { columns: 60, rows: 24 }, 2);
    const lines = laid.choices.reduce((sum, c) => sum + c.name.split('\n').length, 0);
    expect(laid.pageSize).toBe(lines);
    expect(laid.separatorAt).toBeUndefined();
    expect(laid.choices.map((c) => c.value)).toEqual(['a', 'b', 'c', 'x', 'y']);
  });

  it('on a terminal too short for the list, puts the pinned choices first and fills the screen', () => {
    const laid = layoutChoices(choices, 'Question ?', { columns: 40, rows: 12 }, 3);
    expect(laid.choices.map((c) => c.value)).toEqual(['x', 'y', 'a', 'b', 'c']);
    expect(laid.separatorAt).toBe(2);
    // The question line and the prompt's own lines (blank, keys, error, spare) leave 7 rows.
    expect(laid.pageSize).toBe(7);
  });

  it('never makes a page smaller than a few lines, whatever the terminal says', () => {
    expect(layoutChoices(choices, 'Question ?', { columns: 60, rows: 3 }, 2).pageSize).toBe(5);
  });
});

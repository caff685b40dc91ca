import { describe, expect, it } from 'vitest';
import {
  summaryEntries,
  fieldId,
  fieldsUnder,
  importProblems,
  joinPath,
  moveItem,
  moveMapping,
  pathLabel,
  pathSegments,
  reindexFields,
  removeMapping,
  splitFieldErrors,
  splitLineMessage,
  stripPrefix,
} from './fields';

describe('field paths', () => {
  it('splits and joins paths', () => {
    expect(pathSegments('modules[2].goals[1]')).toEqual(['modules', 2, 'goals', 1]);
    expect(pathSegments('programme.name')).toEqual(['programme', 'name']);
    expect(joinPath(['modules', 2, 'goals', 1])).toBe('modules[2].goals[1]');
  });

  it('turns a path into the id of its input', () => {
    expect(fieldId('modules[2].goals[1]')).toBe('veld-modules-2-goals-1');
    expect(fieldId('modules[0].required_days', 'cur')).toBe('cur-modules-0-required_days');
    expect(fieldId('programme.name', 'cur')).toBe('cur-programme-name');
    expect(fieldId('rule.patterns[0].from', 'kal')).toBe('kal-rule-patterns-0-from');
  });

  it('finds the errors of one module and drops the "rule." prefix', () => {
    const fields = { 'modules[1].name': 'a', 'modules[10].name': 'b', 'modules[1]': 'c', 'programme.name': 'd' };
    expect(fieldsUnder(fields, 'modules[1]')).toEqual({ 'modules[1].name': 'a', 'modules[1]': 'c' });
    expect(stripPrefix({ 'rule.patterns[0].from': 'x', rule: 'y' }, 'rule')).toEqual({ 'patterns[0].from': 'x', rule: 'y' });
  });

  it('moves errors along when goals are reordered or removed', () => {
    const fields = {
      'modules[0].goals[0]': 'eerste',
      'modules[0].goals[2]': 'derde',
      'modules[1].goals[0]': 'andere module',
      'modules[0].goals': 'lijst',
    };
    expect(reindexFields(fields, 'modules[0].goals', moveMapping(2, 0))).toEqual({
      'modules[0].goals[1]': 'eerste',
      'modules[0].goals[0]': 'derde',
      'modules[1].goals[0]': 'andere module',
      'modules[0].goals': 'lijst',
    });
    expect(reindexFields(fields, 'modules[0].goals', removeMapping(0))).toEqual({
      'modules[0].goals[1]': 'derde',
      'modules[1].goals[0]': 'andere module',
      'modules[0].goals': 'lijst',
    });
    expect(moveItem(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
  });

  it('separates errors with an input from the rest', () => {
    const { placed, unplaced } = splitFieldErrors(
      { 'modules[0].name': 'x', 'modules[0].quarters': 'y' },
      (p) => p.endsWith('.name'),
    );
    expect(placed).toEqual([{ path: 'modules[0].name', message: 'x' }]);
    expect(unplaced).toEqual([{ path: 'modules[0].quarters', message: 'y' }]);
  });

  it('says in Dutch what a path is about', () => {
    expect(pathLabel('modules[2].quarters', { modules: ['A', 'B', 'Instroom'] })).toBe('Module "Instroom": kwartalen');
    expect(pathLabel('modules[0].goals[1]')).toBe('Module 1: doelstelling 2');
    expect(pathLabel('course_units[3].module', { units: [] })).toBe('Opleidingsonderdeel 4: module');
    expect(pathLabel('programme.version')).toBe('Versielabel');
    expect(pathLabel('rule.patterns[0].to')).toBe('Periode 1: tot en met');
    expect(pathLabel('closures[1].from')).toBe('Sluitingsperiode 2: van');
    expect(pathLabel('iets.anders')).toBe('iets.anders');
  });
});

describe('import problems', () => {
  it('reads the line number from "Regel N: …"', () => {
    expect(splitLineMessage('Regel 12: het aantal dagen ontbreekt.')).toEqual({ line: 12, text: 'Het aantal dagen ontbreekt.' });
    expect(splitLineMessage('Het bestand is leeg.')).toEqual({ line: null, text: 'Het bestand is leeg.' });
  });

  it('sorts problems by line, those without a line last', () => {
    const problems = importProblems([
      { field: 'modules[1].required_days', message: 'Regel 40: Verplicht veld ontbreekt.' },
      { field: 'format', message: 'Het formaat ontbreekt.' },
      { field: 'programme.code', message: 'Regel 7: Geen geldige code.' },
    ]);
    expect(problems.map((p) => p.line)).toEqual([7, 40, null]);
    expect(problems[0]).toEqual({ line: 7, text: 'Geen geldige code.', path: 'programme.code' });
  });
});

describe('summaryEntries', () => {
  it('links errors with an input, lists the others and falls back to the message', () => {
    const id = (p: string) => `x-${p}`;
    expect(summaryEntries('Fout', { reference: 'Leeg', other: 'Raar' }, { reference: 'Referentie' }, id)).toEqual([
      { message: 'Leeg', label: 'Referentie', target: 'x-reference' },
      { message: 'Raar', label: 'other' },
    ]);
    expect(summaryEntries('Niet gelukt', {}, {}, id)).toEqual([{ message: 'Niet gelukt' }]);
    expect(summaryEntries('', {}, {}, id)).toEqual([]);
  });
});

import {describe, expect, it} from 'vitest';
import {aliasPaths, articlePath, codeFromHash, codesInQuery, findPrefixedCodes, nearestCodes, normalizeCode, officialLookupUrl} from '../../src/lib/codes';

describe('normalizeCode', () => {
  it.each([
    ['50070', '50070'],
    ['AADSTS50070', '50070'],
    [' aadsts50070 ', '50070'],
    ['AADSTS50070:', '50070'],
    ['AADSTS50070: Sign out has failed.', '50070'],
    ['aadsts 50070', '50070'],
    ['AADSTS-50070', '50070'],
    ['#AADSTS7000215', '7000215'],
    ['\tAaDsTs9002341\n', '9002341'],
    ['AADSTS5007', '5007'],
  ])('reads %j as %s', (input, expected) => {
    expect(normalizeCode(input)).toBe(expected);
  });

  it.each(['', '   ', 'hello', '2024-01-01 AADSTS50070', '1234', '123456789', 'AADSTS', 'invalid_grant', '50070abc'])(
    'rejects %j',
    (input) => {
      expect(normalizeCode(input)).toBeNull();
    },
  );

  it('copes with a huge paste without scanning all of it', () => {
    expect(normalizeCode(`AADSTS50070 ${'x'.repeat(2_000_000)}`)).toBe('50070');
    expect(normalizeCode(' '.repeat(2_000_000))).toBeNull();
  });
});

describe('findPrefixedCodes and codesInQuery', () => {
  it('finds codes in order, once each, inside JSON', () => {
    const text = '{"error":"invalid_grant","error_description":"AADSTS70008: expired. AADSTS50070 then AADSTS70008 again"}';
    expect(findPrefixedCodes(text)).toEqual(['70008', '50070']);
  });

  it('puts the leading code first, then the others', () => {
    expect(codesInQuery('50126 and later AADSTS50053')).toEqual(['50126', '50053']);
    expect(codesInQuery('Error: AADSTS50011: The redirect URI')).toEqual(['50011']);
    expect(codesInQuery('no code here')).toEqual([]);
  });
});

describe('paths and links', () => {
  it('derives the canonical path and the three aliases', () => {
    expect(articlePath('50070')).toBe('/errors/AADSTS50070');
    expect(aliasPaths('50070')).toEqual(['/50070', '/AADSTS50070', '/aadsts50070']);
  });

  it('builds Microsoft lookup URLs', () => {
    expect(officialLookupUrl('50070')).toBe('https://login.microsoftonline.com/error?code=50070');
  });
});

describe('nearestCodes', () => {
  const known = ['50011', '50020', '50034', '50070', '500011', '7000215'];
  it('prefers codes of the same length, then numeric distance', () => {
    expect(nearestCodes('50071', known)).toEqual(['50070', '50034', '50020']);
    expect(nearestCodes('500012', known, 1)).toEqual(['500011']);
  });
  it('never offers the code itself', () => {
    expect(nearestCodes('50070', known)).not.toContain('50070');
  });
});

describe('codeFromHash', () => {
  it.each([
    ['#50070', '50070'],
    ['#AADSTS50070', '50070'],
    ['#aadsts7000215', '7000215'],
  ])('accepts %s', (hash, code) => expect(codeFromHash(hash)).toBe(code));

  it.each(['#what-it-means', '#50070x', '#//evil.example', '#AADSTS50070/../x', '#', '#javascript:alert(1)'])(
    'refuses %s (no open redirect)',
    (hash) => expect(codeFromHash(hash)).toBeNull(),
  );
});

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', async () => {
    const {escapeHtml} = await import('../../src/lib/html');
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp;`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;');
    expect(escapeHtml('AADSTS50011: InvalidReplyTo')).toBe('AADSTS50011: InvalidReplyTo');
  });
});

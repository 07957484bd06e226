import {describe, expect, it} from 'vitest';
import {codeHits, excerptParts, isCodeOnly, searchKeywords, splitIdentifier} from '../../src/lib/search';

const codes = ['50011', '50070', '50071', '700016', '7000215'];
const labels = ['InvalidReplyTo', 'SignoutUnknownSessionIdentifier', 'SignoutMessageExpired', 'UnauthorizedClient_DoesNotMatchRequest', 'Invalid client secret'];

describe('splitIdentifier and keywords', () => {
  it.each([
    ['SignoutUnknownSessionIdentifier', 'Signout Unknown Session Identifier'],
    ['UnauthorizedClient_DoesNotMatchRequest', 'Unauthorized Client Does Not Match Request'],
    ['MsaServerError', 'Msa Server Error'],
    ['SAMLRequestInvalid', 'SAML Request Invalid'],
    ['Error500Retry', 'Error500 Retry'],
  ])('%s → %s', (name, words) => expect(splitIdentifier(name)).toBe(words));

  it('indexes the number, the code, the name and its words', () => {
    expect(searchKeywords('50070', 'SignoutUnknownSessionIdentifier')).toBe('50070 AADSTS50070 SignoutUnknownSessionIdentifier Signout Unknown Session Identifier');
    expect(searchKeywords('7000215', '')).toBe('7000215 AADSTS7000215');
  });
});

describe('codeHits', () => {
  it.each(['50070', 'AADSTS50070', 'aadsts 50070', 'AADSTS-50070', 'AADSTS50070: Sign out has failed.'])('puts the article first for %j', (query) => {
    expect(codeHits(query, codes, labels)[0]).toEqual({code: '50070', label: 'SignoutUnknownSessionIdentifier', kind: 'documented'});
  });

  it('finds codes inside pasted JSON, with bare error_codes', () => {
    const json = '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided.","error_codes":[7000215,50011]}';
    expect(codeHits(json, codes, labels).map((hit) => hit.code)).toEqual(['7000215', '50011']);
  });

  it('reads a bare number where the text says it is an error code', () => {
    expect(codeHits('Sign-in error code: 50011', codes, labels).map((hit) => hit.code)).toEqual(['50011']);
    expect(codeHits('SigninLogs | where ResultType == 50070', codes, labels).map((hit) => hit.code)).toEqual(['50070']);
    expect(codeHits('port 50011 is open', codes, labels)).toEqual([]);
  });

  it('marks unknown codes', () => {
    expect(codeHits('AADSTS99999', codes, labels)).toEqual([{code: '99999', label: '', kind: 'unknown'}]);
  });

  it('matches an identifier and its prefix', () => {
    expect(codeHits('SignoutUnknownSessionIdentifier', codes, labels).map((hit) => hit.code)).toEqual(['50070']);
    expect(codeHits('signout', codes, labels).map((hit) => hit.code)).toEqual(['50070', '50071']);
    expect(codeHits('redirect uri', codes, labels)).toEqual([]);
  });

  it('lists codes by number prefix', () => {
    expect(codeHits('5007', codes, labels).map((hit) => hit.code)).toEqual(['50070', '50071']);
  });

  it('tells a code-only query from a sentence', () => {
    expect(isCodeOnly(' AADSTS50070 ')).toBe(true);
    expect(isCodeOnly('50070')).toBe(true);
    expect(isCodeOnly('AADSTS50070: Sign out failed')).toBe(false);
  });
});

describe('excerptParts', () => {
  it('keeps marks as flags and never returns markup', () => {
    expect(excerptParts('the <mark>redirect</mark> URI &lt;script&gt; &amp; more')).toEqual([
      {text: 'the ', mark: false},
      {text: 'redirect', mark: true},
      {text: ' URI <script> & more', mark: false},
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)>text')).toEqual([{text: 'text', mark: false}]);
  });
});

describe('ranking when not every word matches', () => {
  it('drops stop words and repeats', async () => {
    const {significantTerms} = await import('../../src/lib/search');
    expect(significantTerms("The redirect URI doesn't match the redirect URI")).toEqual(['redirect', 'uri', 'match']);
  });

  it('sums normalised per-word scores, with a bonus for pages holding every word', async () => {
    const {mergeByTerms, withDepthPrior} = await import('../../src/lib/search');
    const result = (id: string, score: number) => ({id, score, data: async () => id});
    const merged = mergeByTerms(
      [result('both', 5)],
      [
        [result('both', 5), result('a', 10), result('b', 1)],
        [result('b', 2), result('both', 1)],
      ],
    );
    expect(merged.map((entry) => entry.result.id)).toEqual(['both', 'b', 'a']);
    expect(merged[0]!.score).toBeCloseTo(0.5 + 0.5 + 1);
    // A much longer article wins a near tie.
    const ranked = withDepthPrior([{result: 'short', score: 1.1}, {result: 'long', score: 1}], [150, 1000]);
    expect(ranked.map((entry) => entry.result)).toEqual(['long', 'short']);
  });

  it('adds a bonus when the whole query, stop words included, is a phrase of the title or summary', async () => {
    const {withPhraseBonus} = await import('../../src/lib/search');
    const candidates = [{result: 'a', score: 2}, {result: 'b', score: 2}, {result: 'c', score: 2}];
    const texts = [
      ['AADSTS90002: InvalidTenantName', "Tenant not found: the tenant ID in the URL matches no tenant."],
      ['AADSTS16003: SsoUserAccountNotFoundInResourceTenant', 'The account was not found in the tenant.'],
      ['Tenant not', 'found elsewhere'],
    ];
    const scored = withPhraseBonus(candidates, texts, 'tenant  NOT found');
    expect(scored.map((entry) => entry.score)).toEqual([4, 2, 2]);
    // Punctuation and apostrophes do not break a phrase; one word is no phrase.
    expect(withPhraseBonus(candidates, [["user doesn't exist"], [], []], 'user doesnt exist')[0]!.score).toBe(4);
    expect(withPhraseBonus(candidates, [['tenant'], [], []], 'tenant')[0]!.score).toBe(2);
  });

  it('adds a share of the bonus for each query word the title or summary holds, matching word starts', async () => {
    const {withSummaryCoverage} = await import('../../src/lib/search');
    const candidates = [{result: '50014', score: 1}, {result: '50020', score: 1.5}];
    const texts = [
      ['AADSTS50014: GuestUserInPendingState', "The guest account exists, but its invitation hasn't been redeemed yet."],
      ['AADSTS50020: UserUnauthorized', 'The account lives in another tenant and has no guest account here.'],
    ];
    const scored = withSummaryCoverage(candidates, texts, 'guest invitation not redeemed');
    // 50014 holds guest, invitation, redeemed (3 of 3); 50020 only guest (1 of 3).
    expect(scored[0]!.score).toBeCloseTo(1 + 2);
    expect(scored[1]!.score).toBeCloseTo(1.5 + 2 / 3);
    // "app" matches "application" and "user" matches "users"; two-letter stems never match.
    expect(withSummaryCoverage([{result: 'x', score: 0}], [['Only assigned users may use the application.']], 'user assigned app')[0]!.score).toBeCloseTo(2);
    expect(withSummaryCoverage([{result: 'x', score: 0}], [['an id']], 'identity provider')[0]!.score).toBe(0);
    // One significant word: no coverage signal.
    expect(withSummaryCoverage([{result: 'x', score: 0}], [['guest']], 'guest')[0]!.score).toBe(0);
  });
});

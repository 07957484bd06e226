import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {analyzeErrorText, MAX_ANALYZE_INPUT, maskPersonalData, normalizeErrorText, type Analysis} from '../../src/lib/analyze';

const fixtures = path.join(__dirname, '..', 'fixtures', 'error-texts');
const names = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.slice(0, -'.txt'.length))
  .sort();

/** The parts of an analysis that fixtures pin down. */
function summary(analysis: Analysis) {
  return {
    codes: analysis.codes.map((found) => found.code),
    oauthErrors: analysis.oauthErrors,
    ids: analysis.ids,
    lookAlikes: analysis.lookAlikes.map((item) => `${item.kind}:${item.value}`),
  };
}

const codesOf = (text: string) => analyzeErrorText(text).codes.map((found) => found.code);
const idsOf = (text: string) => analyzeErrorText(text).ids.map((id) => `${id.kind}:${id.value}`);

const ID_KINDS = new Set(['traceId', 'correlationId', 'timestamp', 'clientId', 'tenant', 'requestId']);
const LOOK_ALIKE_KINDS = new Set(['aadb2c', 'msis', 'idx', 'msa', 'http']);

/** The declared shape, and no duplicates: what the page may rely on for any input. */
function expectWellFormed(analysis: Analysis, input: string) {
  const normalised = normalizeErrorText(input.slice(0, MAX_ANALYZE_INPUT));
  expect(typeof analysis.truncated).toBe('boolean');
  for (const found of analysis.codes) {
    expect(found.code).toMatch(/^[1-9]\d{3,7}$/);
    expect(Number.isInteger(found.index)).toBe(true);
    expect(normalised.slice(found.index, found.index + found.raw.length).toLowerCase()).toBe(found.raw.toLowerCase());
  }
  expect(new Set(analysis.codes.map((found) => found.code)).size).toBe(analysis.codes.length);
  for (const value of analysis.oauthErrors) expect(value).toMatch(/^[a-z][a-z_]+$/);
  expect(new Set(analysis.oauthErrors).size).toBe(analysis.oauthErrors.length);
  for (const id of analysis.ids) {
    expect(ID_KINDS.has(id.kind)).toBe(true);
    expect(id.value.trim()).not.toBe('');
  }
  expect(new Set(analysis.ids.map((id) => `${id.kind}:${id.value}`)).size).toBe(analysis.ids.length);
  for (const item of analysis.lookAlikes) {
    expect(LOOK_ALIKE_KINDS.has(item.kind)).toBe(true);
    expect(item.explanation).toMatch(/^\S.*[.]$/);
    expect(item.pointer.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  }
  expect(new Set(analysis.lookAlikes.map((item) => `${item.kind}:${item.value}`)).size).toBe(analysis.lookAlikes.length);
}

describe('fixtures', () => {
  it('has at least 40 pairs', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const name of names) expect(readdirSync(fixtures)).toContain(`${name}.json`);
  });

  it.each(names)('%s', (name) => {
    const input = readFileSync(path.join(fixtures, `${name}.txt`), 'utf8');
    const expected: unknown = JSON.parse(readFileSync(path.join(fixtures, `${name}.json`), 'utf8'));
    const analysis = analyzeErrorText(input);
    expect(summary(analysis)).toEqual(expected);
    expect(analysis.truncated).toBe(false);
    expectWellFormed(analysis, input);
  });
});

describe('codes', () => {
  it.each([
    ['AADSTS50011: The redirect URI', 'AADSTS50011'],
    ['see aadsts 50011 here', 'aadsts 50011'],
    ['ticket says AADSTS-50011', 'AADSTS-50011'],
    ['"error_codes": [50011]', '50011'],
    ["'error_codes': [50011]", '50011'],
    ['error_uri=https://login.microsoftonline.com/error?code=50011', '50011'],
    ['Sign-in error code: 50011', '50011'],
    ['SigninLogs | where ResultType == 50011', '50011'],
    ['ResultType: 50011', '50011'],
    ['Error code: 50011', '50011'],
    ['"errorCode": 50011', '50011'],
  ])('reads %j', (text, raw) => {
    const [found] = analyzeErrorText(text).codes;
    expect(found).toEqual({code: '50011', index: text.indexOf(raw), raw});
  });

  it('takes a bare number only where the context says it is a code', () => {
    expect(codesOf('port 50011, build 7000215, 12345 users, year 2024')).toEqual([]);
    expect(codesOf('HTTP error code 404 and error code 0x80048821')).toEqual([]);
    expect(codesOf('AADSTS123 and AADSTS1234567890')).toEqual([]);
  });

  it('lists codes in order of appearance, each once', () => {
    const text = 'AADSTS700016 first, then "error_codes":[50011, 700016], then aadsts-50011 and error?code=65001';
    expect(codesOf(text)).toEqual(['700016', '50011', '65001']);
    expect(analyzeErrorText(text).codes[0]).toEqual({code: '700016', index: 0, raw: 'AADSTS700016'});
  });

  it('reads every code of an error_codes list', () => {
    expect(codesOf('{"error_codes":[70002,\n 70000 , "50126"]}')).toEqual(['70002', '70000', '50126']);
  });

  it('reads the code column of a CSV export, quoted cells included', () => {
    const csv = 'Date (UTC),Request ID,"Failure reason, long",Sign-in error code\n2025-01-01T10:00:00Z,11111111-2222-3333-4444-555555555555,"Bad password, again","50126"\n';
    expect(analyzeErrorText(csv).codes).toEqual([{code: '50126', index: csv.indexOf('50126'), raw: '50126'}]);
    expect(idsOf(csv)).toEqual(['timestamp:2025-01-01T10:00:00Z', 'requestId:11111111-2222-3333-4444-555555555555']);
  });
});

describe('normalisation', () => {
  it('decodes a URL-encoded query string, + as space, %0d%0a as a line break', () => {
    const url =
      'https://app/cb?error=invalid_request&error_description=AADSTS50011%3a+The+redirect+URI%0d%0aTrace+ID%3a+11111111-2222-3333-4444-555555555555&state=x';
    expect(normalizeErrorText(url)).toContain('error_description=AADSTS50011: The redirect URI\r\nTrace ID: 11111111-2222-3333-4444-555555555555&state=x');
    const analysis = analyzeErrorText(url);
    expect(summary(analysis)).toEqual({
      codes: ['50011'],
      oauthErrors: ['invalid_request'],
      ids: [{kind: 'traceId', value: '11111111-2222-3333-4444-555555555555'}],
      lookAlikes: [],
    });
    expect(analysis.codes[0]!.index).toBe(normalizeErrorText(url).indexOf('AADSTS50011'));
  });

  it('decodes a fragment and %20 spaces, and leaves + alone outside encoded values', () => {
    expect(codesOf('https://app/#error=login_required&error_description=AADSTS50058%20silent')).toEqual(['50058']);
    expect(normalizeErrorText('Timestamp: 2024-01-01T10:00:00+01:00 C++')).toBe('Timestamp: 2024-01-01T10:00:00+01:00 C++');
  });

  it('decodes JSON escaped inside a JSON string, once or twice', () => {
    expect(codesOf('"body":"{\\"error_codes\\":[50076]}"')).toEqual(['50076']);
    expect(codesOf('{\\u0022error_codes\\u0022:[50079]}')).toEqual(['50079']);
    expect(codesOf('{\\\\u0022error_codes\\\\u0022:[50079]}')).toEqual(['50079']);
    expect(codesOf('{\\\\\\"error_codes\\\\\\":[50158]}')).toEqual(['50158']);
    expect(normalizeErrorText('a\\r\\nTrace ID: x https:\\/\\/login')).toBe('a\r\nTrace ID: x https://login');
  });

  it('decodes HTML entities', () => {
    expect(codesOf('{&quot;error_codes&quot;:[50020]}')).toEqual(['50020']);
    expect(normalizeErrorText('&#39;a&#39; &#x27;b&#x27; &amp;&lt;&gt; &unknown; &#99999999;')).toBe("'a' 'b' &<> &unknown; &#99999999;");
  });

  it('never throws on malformed percent-encoding', () => {
    for (const text of ['%', '%%', '%zz', '%E0%A4%A', '%C3%28', '100%', '%ED%A0%80', 'error_description=%E0%A4+%']) {
      expect(() => analyzeErrorText(text)).not.toThrow();
    }
    expect(normalizeErrorText('%C3%28 %zz')).toBe('\uFFFD( %zz');
  });

  it('is never longer than the input', () => {
    const text = '&#x1F600; %F0%9F%98%80 \\ud83d \\" &amp;';
    expect(normalizeErrorText(text).length).toBeLessThanOrEqual(text.length);
  });
});

describe('OAuth errors', () => {
  it.each([
    ['{"error": "invalid_grant"}', 'invalid_grant'],
    ["{'error': 'invalid_client'}", 'invalid_client'],
    ['?error=access_denied&state=1', 'access_denied'],
    ['Error: consent_required', 'consent_required'],
    ['\tErrorCode: interaction_required', 'interaction_required'],
    ['Code: login_required', 'login_required'],
    ['InteractionRequiredAuthError: interaction_required: AADSTS50058', 'interaction_required'],
    ['ServerError: unsupported_grant_type: AADSTS70003', 'unsupported_grant_type'],
    ['get_token failed: (invalid_scope) AADSTS70011', 'invalid_scope'],
    ['<input type="hidden" name="error" value="temporarily_unavailable" />', 'temporarily_unavailable'],
    ['"error":"slow_down"', 'slow_down'],
  ])('reads %j', (text, value) => {
    expect(analyzeErrorText(text).oauthErrors).toEqual([value]);
  });

  it('ignores unknown values, sub-errors and values outside an error context', () => {
    expect(analyzeErrorText('Error: something_else; suberror: consent_required; invalid_grant alone; error_description=invalid_grant').oauthErrors).toEqual([]);
  });

  it('lists each value once, in order', () => {
    expect(analyzeErrorText('error=login_required then "error":"invalid_grant" then Error: login_required').oauthErrors).toEqual(['login_required', 'invalid_grant']);
  });
});

describe('IDs', () => {
  const guid = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
  it.each([
    [`Trace ID: ${guid}`, 'traceId'],
    [`"trace_id": "${guid}"`, 'traceId'],
    [`Correlation Id: ${guid}`, 'correlationId'],
    [`CorrelationId(${guid})`, 'correlationId'],
    [`Request Id: ${guid}`, 'requestId'],
    [`x-ms-request-id: ${guid}`, 'requestId'],
    [`client_id=${guid}&scope=openid`, 'clientId'],
    [`"appId": "${guid}"`, 'clientId'],
    [`Application ID: ${guid}`, 'clientId'],
    [`for a secret added to app '${guid}'`, 'clientId'],
    [`AppId:${guid}`, 'clientId'],
    [`Application with identifier '${guid}' was not found`, 'clientId'],
    [`Tenant '${guid}' not found`, 'tenant'],
    [`"tenantId": "${guid}"`, 'tenant'],
    [`https://login.microsoftonline.com/${guid}/oauth2/v2.0/token`, 'tenant'],
  ])('reads %j', (text, kind) => {
    expect(idsOf(text)).toEqual([`${kind}:${guid}`]);
  });

  it('reads tenants given as a domain or a name, but not endpoint names', () => {
    expect(idsOf("Tenant 'contoso.onmicrosoft.com' not found")).toEqual(['tenant:contoso.onmicrosoft.com']);
    expect(idsOf('https://contoso.b2clogin.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize')).toEqual(['tenant:contoso.onmicrosoft.com']);
    expect(idsOf("does not exist in tenant 'Contoso Labs' and")).toEqual(['tenant:Contoso Labs']);
    expect(idsOf("token for tenant 'organizations'; https://login.microsoftonline.com/common/oauth2/v2.0/token")).toEqual([]);
  });

  it('reads timestamps after a label and at the start of an AADSTS line', () => {
    expect(idsOf('Timestamp: 2024-01-01 10:00:00Z')).toEqual(['timestamp:2024-01-01 10:00:00Z']);
    expect(idsOf('"timestamp":"2024-01-01T10:00:00.1234567Z"')).toEqual(['timestamp:2024-01-01T10:00:00.1234567Z']);
    expect(idsOf('2024-05-02 08:15:01.871Z ERROR AADSTS700024: expired\n2024-05-02 08:15:02Z INFO no code')).toEqual(['timestamp:2024-05-02 08:15:01.871Z']);
    expect(idsOf('issued on 2024-01-01T10:00:00Z')).toEqual([]);
  });

  it('keeps the service request ID and skips the caller-generated client-request-id', () => {
    expect(idsOf(`"request-id": "${guid}", "client-request-id": "11111111-2222-3333-4444-555555555555"`)).toEqual([`requestId:${guid}`]);
  });

  it('lists each kind and value once, case-insensitively for GUIDs, in order', () => {
    const text = `Trace ID: ${guid.toUpperCase()} Correlation ID: 11111111-2222-3333-4444-555555555555 "trace_id":"${guid}"`;
    expect(idsOf(text)).toEqual([`traceId:${guid}`, 'correlationId:11111111-2222-3333-4444-555555555555']);
  });

  it('does not take an unlabelled GUID for an ID', () => {
    expect(idsOf(`to access '00000003-0000-0000-c000-000000000000' as ${guid}`)).toEqual([]);
  });
});

describe('look-alikes', () => {
  it('explains each kind in one sentence with a learn.microsoft.com pointer', () => {
    const text = 'AADB2C90118 MSIS7012 IDX10223 0x80048821 HTTP 401 status code 429';
    const items = analyzeErrorText(text).lookAlikes;
    expect(items.map((item) => `${item.kind}:${item.value}`)).toEqual(['aadb2c:AADB2C90118', 'msis:MSIS7012', 'idx:IDX10223', 'msa:0x80048821', 'http:401', 'http:429']);
    for (const item of items) {
      expect(item.explanation.split(/[.;:] [A-Z]/).length).toBe(1);
      expect(item.pointer.label).not.toBe('');
    }
    expect(items.find((item) => item.value === '429')!.pointer.url).toBe('https://learn.microsoft.com/en-us/graph/throttling');
    expect(items.find((item) => item.kind === 'aadb2c')!.pointer.url).toBe('https://learn.microsoft.com/en-us/azure/active-directory-b2c/error-codes');
  });

  it('takes an HTTP status only where it is labelled as one', () => {
    const values = (text: string) => analyzeErrorText(text).lookAlikes.map((item) => item.value);
    expect(values('HTTP/1.1 400 Bad Request; Status: 403 (Forbidden); StatusCode: 500')).toEqual(['400', '403', '500']);
    expect(values('took 401 ms, 429 retries, HTTP 200 OK, status 50126')).toEqual([]);
  });

  it('names login.live.com only when no AADSTS code explains the error', () => {
    expect(analyzeErrorText('https://login.live.com/oauth20_authorize.srf error=invalid_request').lookAlikes.map((item) => item.value)).toEqual(['login.live.com']);
    expect(analyzeErrorText('https://login.live.com/ then AADSTS50020 error').lookAlikes).toEqual([]);
  });
});

describe('maskPersonalData', () => {
  const trace = 'aaaa0000-bb11-2222-33cc-444444dddddd';
  const oid = '6f1c2b3a-1111-4222-8333-944455556666';

  it('masks e-mail addresses and labelled user object IDs, everywhere they appear', () => {
    const text = `User alice@contoso.com (oid: ${oid}) failed. Trace ID: ${trace}. User ${oid} again; guest alice_fabrikam.com#EXT#@contoso.onmicrosoft.com; login_hint=bob%40contoso.com`;
    const masked = maskPersonalData(text);
    expect(masked).not.toContain('alice');
    expect(masked).not.toContain('bob');
    expect(masked).not.toContain(oid);
    expect(masked).toContain(`Trace ID: ${trace}`);
    expect(masked).toBe(`User [email] (oid: [user-id]) failed. Trace ID: ${trace}. User [user-id] again; guest [email]; login_hint=[email]`);
  });

  it.each(['objectId', 'object ID', 'userId', 'user_id', 'User object ID', '"oid"'])('masks a GUID labelled %s', (label) => {
    expect(maskPersonalData(`${label}: ${oid}`)).toBe(`${label}: [user-id]`);
  });

  it('keeps trace, correlation, request, client and tenant IDs', () => {
    const text = `Trace ID: ${trace} Correlation ID: ${oid} Request Id: ${trace} client_id=${oid} Tenant '${oid}' "void": "${oid}"`;
    expect(maskPersonalData(text)).toBe(text);
  });

  it('masks the User ID column and the user names of a sign-in log export, and keeps its support IDs', () => {
    const csv = readFileSync(path.join(fixtures, 'portal-signin-log-csv.txt'), 'utf8');
    const masked = maskPersonalData(csv);
    expect(masked).not.toContain('3b3af66a-0eea-4467-bec0-6f9bc96b6414');
    expect(masked).not.toContain('user4@contoso.com');
    for (const id of analyzeErrorText(csv).ids) expect(masked).toContain(id.value);
    expect(summary(analyzeErrorText(masked))).toEqual(summary(analyzeErrorText(csv)));
  });

  it('never masks a GUID that the text also labels as a support ID (masking one copy would hide nothing)', () => {
    expect(maskPersonalData(`oid: ${trace}; Trace ID: ${trace}`)).toBe(`oid: ${trace}; Trace ID: ${trace}`);
  });
});

describe('bad input', () => {
  it('returns empty lists for empty or blank input', () => {
    const empty = {codes: [], oauthErrors: [], ids: [], lookAlikes: [], truncated: false};
    expect(analyzeErrorText('')).toEqual(empty);
    expect(analyzeErrorText(' \n\t\r\n ')).toEqual(empty);
    expect(analyzeErrorText(undefined as unknown as string)).toEqual(empty);
    expect(maskPersonalData('')).toBe('');
  });

  it('reads 1 MB of log correctly and does not call it truncated', () => {
    const filler = '2025-03-01 08:15:04.518Z INFO  TokenService Refreshed token cache in 12 ms (items: 42, port 50011)\n';
    const middle = '2025-03-01 08:16:10.002Z ERROR AADSTS7000215: Invalid client secret provided. Trace ID: 45cacf8d-bd08-49ec-8f1b-255ff6f38231\n';
    const half = filler.repeat(Math.ceil(500_000 / filler.length));
    const text = `AADSTS50011: first\n${half}${middle}${half}{"error":"invalid_grant","error_codes":[70008]}\n`;
    expect(text.length).toBeGreaterThan(1_000_000);
    const analysis = analyzeErrorText(text);
    expect(analysis.truncated).toBe(false);
    expect(summary(analysis)).toEqual({
      codes: ['50011', '7000215', '70008'],
      oauthErrors: ['invalid_grant'],
      ids: [
        {kind: 'timestamp', value: '2025-03-01 08:16:10.002Z'},
        {kind: 'traceId', value: '45cacf8d-bd08-49ec-8f1b-255ff6f38231'},
      ],
      lookAlikes: [],
    });
  });

  it('cuts input longer than MAX_ANALYZE_INPUT and says so', () => {
    const text = `AADSTS50011 ${'x'.repeat(MAX_ANALYZE_INPUT)} AADSTS70011`;
    const analysis = analyzeErrorText(text);
    expect(analysis.truncated).toBe(true);
    expect(analysis.codes.map((found) => found.code)).toEqual(['50011']);
  });

  it('copes with random bytes', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bytes = Array.from({length: 200_000}, () => String.fromCharCode(Math.floor(random() * 256))).join('');
    const text = `${bytes}AADSTS50011${bytes}`;
    const analysis = analyzeErrorText(text);
    expectWellFormed(analysis, text);
    expect(analysis.codes.map((found) => found.code)).toContain('50011');
    expect(() => maskPersonalData(text)).not.toThrow();
  });

  it('returns HTML and script payloads as plain data', () => {
    const text = `<script>alert("AADSTS50011")</script><img src=x onerror="alert('x')"><a href="javascript:alert(1)">Trace ID: <b>0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d</b></a>`;
    const analysis = analyzeErrorText(text);
    expect(analysis.codes).toEqual([{code: '50011', index: text.indexOf('AADSTS50011'), raw: 'AADSTS50011'}]);
    expectWellFormed(analysis, text);
    for (const value of [...analysis.oauthErrors, ...analysis.ids.map((id) => id.value)]) expect(value).not.toMatch(/[<>]/);
  });
});

describe('catastrophic backtracking guard', () => {
  /** Generous: a linear pass takes milliseconds; exponential or quadratic backtracking takes seconds to hours. */
  const LIMIT_MS = 1000;
  const adversarial: [string, string][] = [
    ['AADSTS repeated', 'AADSTS'.repeat(100_000)],
    ['aadsts with separators', 'aadsts - _ '.repeat(60_000)],
    ['percent signs', '%'.repeat(200_000)],
    ['percent escapes', '%41'.repeat(300_000)],
    ['an endless error_codes list', `{"error_codes":[${'1,'.repeat(100_000)}`],
    ['backslashes', '\\\\'.repeat(100_000)],
    ['backslash-u without hex', '\\u00'.repeat(100_000)],
    ['a long word then a bang', `${'a'.repeat(300_000)}!`],
    ['labels without values', 'Trace ID:   '.repeat(50_000)],
    ['a label then padding', `Correlation ID${' '.repeat(300_000)}`],
    ['error labels', 'error: '.repeat(80_000)],
    ['error code labels', 'Error code: 0'.repeat(50_000)],
    ['query pairs', 'x=%'.repeat(150_000)],
    ['ampersands and hashes', '&#'.repeat(150_000)],
    ['dotted labels', 'a.'.repeat(250_000)],
    ['oauth2 paths', '/a.b/oauth'.repeat(50_000)],
    ['tenant quotes', "tenant '".repeat(60_000)],
    ['date fragments', '2024-01-01 '.repeat(50_000)],
    ['HTTP labels', 'HTTP status '.repeat(50_000)],
    ['hex prefixes', '0x8004'.repeat(80_000)],
    ['at signs', 'a@'.repeat(200_000)],
    ['an e-mail-like run', `${'a.'.repeat(100_000)}@`],
    ['commas with a table header', `ResultType,CorrelationId,x\n${','.repeat(19_000)}\n`.repeat(20)],
    ['many lines', '\n'.repeat(500_000)],
    ['GUID-like runs', '0000000-'.repeat(100_000)],
  ];

  it.each(adversarial)('%s', (_, text) => {
    const start = performance.now();
    const analysis = analyzeErrorText(text);
    maskPersonalData(text);
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(LIMIT_MS);
    expectWellFormed(analysis, text);
  });
});

describe('properties', () => {
  const fragments = fc.constantFrom(
    'AADSTS',
    'aadsts ',
    '50011',
    '7000215',
    '0',
    '9',
    '%',
    '%3a',
    '%0d%0a',
    '+',
    '\\"',
    '\\\\',
    '\\u0022',
    '&quot;',
    '&#39;',
    'error_codes',
    '":[',
    ',',
    ']',
    'error=',
    'error: ',
    'invalid_grant',
    'Trace ID: ',
    'Request Id: ',
    "tenant '",
    "'",
    '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    'Timestamp: ',
    '2024-01-01 10:00:00Z',
    'ResultType',
    '\t',
    '\n',
    '/oauth2/',
    'HTTP ',
    '429',
    'AADB2C90118',
    '0x80048821',
    '@contoso.com',
    'oid: ',
  );
  const assembled = fc.array(fragments, {maxLength: 60}).map((parts) => parts.join(''));
  const anyText = fc.oneof(fc.string({maxLength: 300}), fc.string({unit: 'binary', maxLength: 300}), assembled);

  it('never throws and always returns the declared shape', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const analysis = analyzeErrorText(text);
        expectWellFormed(analysis, text);
        expect(analysis.truncated).toBe(false);
      }),
      {numRuns: 1000},
    );
    // CPU-bound: 1,000 generated texts can pass the default 5 s on a loaded 2-core machine.
  }, 30_000);

  it('masking never throws, and leaves no e-mail address behind', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const masked = maskPersonalData(text);
        expect(typeof masked).toBe('string');
        expect(masked).not.toMatch(/[A-Za-z0-9]@contoso\.com/);
      }),
      {numRuns: 500},
    );
  });
});

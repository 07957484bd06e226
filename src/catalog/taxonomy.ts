/**
 * The fixed taxonomy of the catalog: categories and audiences, each with the intro
 * shown on its index page. Articles name these slugs; everything else derives.
 */

export interface Term {
  slug: string;
  label: string;
  intro: string;
}

export const CATEGORIES = [
  {
    slug: 'sign-in',
    label: 'Sign-in',
    intro:
      'Errors raised while Entra ID identifies the user and checks the password or other first factor: unknown accounts, wrong passwords, locked or disabled accounts, and the account picker.',
  },
  {
    slug: 'mfa',
    label: 'Multifactor authentication',
    intro:
      'Errors around the second factor: when MFA is demanded, when registration is missing, and when a method fails or times out. Some of these codes are normal prompts the user completes.',
  },
  {
    slug: 'conditional-access',
    label: 'Conditional Access',
    intro:
      'A Conditional Access policy blocked the sign-in or asked for something the sign-in could not give. The Conditional Access tab of the sign-in log entry names the policy and the unmet control.',
  },
  {
    slug: 'app-registration',
    label: 'App registration',
    intro:
      'The application in the request does not match its registration: unknown client ID, reply URL mismatch, wrong platform type, disabled or unassigned application.',
  },
  {
    slug: 'credentials-certificates',
    label: 'Credentials and certificates',
    intro:
      'The application proved its identity with a secret, certificate or assertion that Entra ID rejected: expired or wrong secret, unknown certificate thumbprint, malformed client assertion.',
  },
  {
    slug: 'consent-permissions',
    label: 'Consent and permissions',
    intro:
      'The application asked for permissions that nobody consented to, that the user may not grant, or that the resource does not expose.',
  },
  {
    slug: 'tokens-sessions',
    label: 'Tokens and sessions',
    intro:
      'Refresh tokens, authorization codes and sessions that expired, were revoked, were used twice or were sent to the wrong place.',
  },
  {
    slug: 'sign-out',
    label: 'Sign-out',
    intro:
      'Errors on the sign-out endpoints: SAML and WS-Federation logout requests that name no known session, and post-logout redirects that do not match.',
  },
  {
    slug: 'federation-saml',
    label: 'Federation and SAML',
    intro:
      'SAML and WS-Federation requests and responses, federated domains and external identity providers: signatures, issuers, NameID formats and claims.',
  },
  {
    slug: 'cross-tenant-b2b',
    label: 'Cross-tenant and B2B',
    intro:
      'Guest users, B2B collaboration and direct connect, cross-tenant access settings, and accounts that sign in to a tenant they do not belong to.',
  },
  {
    slug: 'tenant-endpoints',
    label: 'Tenants and endpoints',
    intro:
      'The request named a tenant, authority or endpoint that does not exist, is disabled, or does not fit the account or the application.',
  },
  {
    slug: 'devices',
    label: 'Devices',
    intro:
      'Device registration, device compliance and the primary refresh token: errors from joined, registered and managed devices.',
  },
  {
    slug: 'hybrid-on-premises',
    label: 'Hybrid and on-premises',
    intro:
      'Pass-through authentication agents, Seamless SSO and Kerberos, password hash sync and other links between on-premises Active Directory and Entra ID.',
  },
  {
    slug: 'password-change',
    label: 'Password change and reset',
    intro:
      'Expired passwords, forced password changes and self-service password reset.',
  },
  {
    slug: 'request-protocol',
    label: 'Request and protocol',
    intro:
      'The OAuth 2.0, OpenID Connect or SAML request itself is malformed: a missing or invalid parameter, an unsupported grant or response type, a bad PKCE value.',
  },
  {
    slug: 'service-transient',
    label: 'Service and transient',
    intro:
      'Throttling, timeouts and internal errors on Microsoft\'s side. Many of these clear on retry; when they persist, Microsoft support needs the Trace ID and Correlation ID.',
  },
] as const satisfies readonly Term[];

export const AUDIENCES = [
  {
    slug: 'user',
    label: 'User',
    intro:
      'Errors the person signing in can fix alone: retry, type the right account or password, complete a prompt, or use another device or browser.',
  },
  {
    slug: 'admin',
    label: 'Administrator',
    intro:
      'Errors only a tenant administrator can fix, in the Microsoft Entra admin center: users and guests, enterprise applications, Conditional Access, authentication methods and federation.',
  },
  {
    slug: 'developer',
    label: 'Developer',
    intro:
      'Errors the application\'s owner fixes in code or in the app registration: request parameters, redirect URIs, credentials, scopes and token handling.',
  },
  {
    slug: 'microsoft',
    label: 'Microsoft',
    intro:
      'Errors on the service side that nobody in the tenant can fix. Retry, check the service health, and open a case with Microsoft with the Trace ID and Correlation ID.',
  },
] as const satisfies readonly Term[];

export type CategorySlug = (typeof CATEGORIES)[number]['slug'];
export type AudienceSlug = (typeof AUDIENCES)[number]['slug'];

export const CATEGORY_SLUGS = CATEGORIES.map((term) => term.slug) as [
  CategorySlug,
  ...CategorySlug[],
];
export const AUDIENCE_SLUGS = AUDIENCES.map((term) => term.slug) as [
  AudienceSlug,
  ...AudienceSlug[],
];

export const PROTOCOLS = ['oidc', 'oauth2', 'saml', 'ws-fed', 'kerberos'] as const;

export function categoryLabel(slug: string): string {
  return CATEGORIES.find((term) => term.slug === slug)?.label ?? slug;
}

export function audienceLabel(slug: string): string {
  return AUDIENCES.find((term) => term.slug === slug)?.label ?? slug;
}

export function categoryPath(slug: string): string {
  return `/categories/${slug}`;
}

export function audiencePath(slug: string): string {
  return `/audiences/${slug}`;
}

import { SelfRegistrableRole } from '@market/contracts';

export interface Concept {
  icon: string;
  name: string;
  text: string;
  link: string;
}

export interface RoleCall {
  role: SelfRegistrableRole | 'staff';
  who: string;
  does: string;
  action: string;
  /** Where a signed-out visitor of this role should go first. */
  link: string;
  query: Record<string, string>;
}

export const HERO = {
  title: 'shell.homeContent.researchResultsOutOf',
  lead: 'shell.homeContent.theOnlineTechnologyMarket',
  join: 'shell.homeContent.join',
  browse: 'shell.homeContent.browse',
} satisfies Record<string, string>;

export const CONCEPTS_TITLE = 'shell.homeContent.whatYouFindHere';

export const CONCEPTS: readonly Concept[] = [
  {
    icon: 'experiment',
    name: 'shell.homeContent.researchResults',
    text: 'shell.homeContent.resultsAndPatentsOf',
    link: '/achievements',
  },
  {
    icon: 'solution',
    name: 'shell.homeContent.technologyNeeds',
    text: 'shell.homeContent.problemsCompaniesNeedSolved',
    link: '/needs',
  },
  {
    icon: 'rise',
    name: 'shell.homeContent.auctions',
    text: 'shell.homeContent.theBureauAuctionsResults',
    link: '/auctions',
  },
  {
    icon: 'fund-projection-screen',
    name: 'shell.homeContent.roadshows',
    text: 'shell.homeContent.resultRoadshowsFinancingPitches',
    link: '/roadshows',
  },
  {
    icon: 'team',
    name: 'shell.homeContent.technologyBrokers',
    text: 'shell.homeContent.certifiedGoBetweensWho',
    link: '/deals',
  },
  {
    icon: 'audit',
    name: 'shell.homeContent.contractRegistration',
    text: 'shell.homeContent.signedDevelopmentTransferLicence',
    link: '/stats',
  },
];

export const ROLES_TITLE = 'shell.homeContent.whoYouAreWhat';

export const ROLE_CALLS: readonly RoleCall[] = [
  {
    role: 'researcher',
    who: 'shell.homeContent.who',
    does: 'shell.homeContent.does',
    action: 'shell.homeContent.action',
    link: '/register',
    query: { role: 'researcher' },
  },
  {
    role: 'enterprise',
    who: 'shell.homeContent.who2',
    does: 'shell.homeContent.does2',
    action: 'shell.homeContent.action2',
    link: '/register',
    query: { role: 'enterprise' },
  },
  {
    role: 'broker',
    who: 'shell.homeContent.who3',
    does: 'shell.homeContent.does3',
    action: 'shell.homeContent.action3',
    link: '/register',
    query: { role: 'broker' },
  },
  {
    role: 'staff',
    who: 'shell.homeContent.who4',
    does: 'shell.homeContent.does4',
    action: 'shell.homeContent.action4',
    link: '/login',
    query: {},
  },
];

export const FLOW_TITLE = 'shell.homeContent.howATechnologyDeal';

export const FLOW_STEPS: readonly string[] = [
  'shell.homeContent.publishAResultOr',
  'shell.homeContent.theBureauReviewsAnd',
  'shell.homeContent.matchesFoundABroker',
  'shell.homeContent.negotiationOrAuction',
  'shell.homeContent.contractSigned',
  'shell.homeContent.contractRegisteredAndCounted',
];

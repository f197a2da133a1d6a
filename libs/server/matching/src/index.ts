// Matching's public face: the module and the matcher (for the broker workbench and evaluations).
// The match types (AchievementMatch, NeedMatch, MatchPair, MatchReason) are the API's: @market/contracts.
export { MatchingModule } from './matching.module';
export { Matcher } from './application/matcher';
export { NEW_MATCH_THRESHOLD } from './application/new-match-notifier';
export { scoreMatch, WEIGHTS } from './domain/match-score';

/**
 * The languages the market speaks (Chinese is the default for a city bureau's users) and a text
 * in each of them: the shared vocabulary's, from @market/contracts and its translation files.
 */
export { LANGS, type Lang, type Localized } from '@market/contracts';

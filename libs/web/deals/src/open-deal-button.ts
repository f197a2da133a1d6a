// A second entry point: the catalog's lazily loaded match pages use the button, while the app's
// routes import the main index eagerly; kept apart so that the button (and ng-zorro's button and
// icons) stay out of the initial bundle.
export { OpenDealButton } from './lib/shared/open-deal-button';

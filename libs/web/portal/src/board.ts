// The front page's live board, as its own entry so that importing the portal's routes does not load it.
export { PortalBoard } from './lib/home/portal-board';

// The signed-in user's live work list, as its own entry so that the header's deferred part can use it without the portal's pages.
export { WorkList } from './lib/work/work-list';

// Auctions' public face: the module and its migrations. The sold-lot event is in @market/contracts.
export { AuctionsModule, AUCTIONS_ENTITIES, AUCTIONS_MIGRATIONS } from './auctions.module';
export { Auctions } from './application/auctions.service';
export { verifyChain, bidHash, type ChainedBid, type ChainCheck } from './domain/bidding';

// Owns: which comparison groups a municipality page has prepared at build time
// (/api/gemeente/<code>/vergelijkingsgroepen.json), besides the default one in the page itself.
import { DEFAULT_PEER_MODE, PEER_MODES, type MunicipalityView, type PeerMode } from '../maturity/municipality';

/** Every comparison group but the default (in the page) and hand-picked (needs the engine). */
export const PREPARED_PEER_MODES: readonly PeerMode[] = PEER_MODES.filter((m) => m !== DEFAULT_PEER_MODE && m !== 'eigen');

export interface PreparedPeers {
	views: Partial<Record<PeerMode, MunicipalityView>>;
	names: Record<string, string>;
}

export function preparedPeersUrl(code: string): string {
	return `/api/gemeente/${code}/vergelijkingsgroepen.json`;
}

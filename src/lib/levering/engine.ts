// Owns: the delivery check's questions to the browser engine: the delivery loaded beside the
// published data and compared with it, and the whole site shown from the delivery (preview).
// Loaded with import() when a check needs it (state.svelte.ts), so /data/ starts without the
// engine's code.
import { loadDelivery, publishedDb, startPreview } from '../maturity/browser.svelte';
import type { ArrowTables } from '../maturity/dataset';
import { deliveryDiff, type DeliveryDiff } from '../maturity/delivery';

/** The delivery beside the published data in the engine, and what it changes; what the site shows does not change. */
export async function diffWithPublished(tables: ArrowTables): Promise<DeliveryDiff> {
	return deliveryDiff(await loadDelivery(tables), await publishedDb());
}

export { startPreview };

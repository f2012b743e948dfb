/** The shipments repository's API (implemented in shipments-repository.ts). */
import type { Shipment, ShipmentInput } from '../../shared/domain/shipments/shipment';

export interface ShipmentsRepository {
  /** The live figures of the months from `first` to `last` (yyyy-mm, inclusive), by month then customer and model; damaged records are skipped. */
  listMonths(first: string, last: string): Promise<Shipment[]>;
  /**
   * Stores the figure of its (month, customer, model) — one record per key,
   * created or changed (only the fields that differ; one op). Any signed-in
   * clerk ({ actor: 'notSignedIn' } otherwise); ValidationFailedError with the
   * field errors, nothing written.
   */
  save(input: ShipmentInput): Promise<Shipment>;
  /** Saves many figures (an import) in ONE transaction: all of them, or none when one is refused (its row index in the error's field, e.g. { '3.lotsShipped': 'moreThanQuantity' }). */
  saveMany(inputs: readonly ShipmentInput[]): Promise<number>;
  /** Tombstones a figure (entered by mistake); its history stays. */
  remove(id: string): Promise<void>;
}

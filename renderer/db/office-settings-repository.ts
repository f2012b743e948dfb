/**
 * The office settings repository: owns the one replicated record of the
 * office's rules (table `officeSettings`, id OFFICE_SETTINGS_ID; what is in
 * it: shared/domain/office-settings.ts). A save writes one op with the office
 * fields the admin changed, in the same transaction as the record, like every
 * other write; its history and its conflicts are those of any record.
 *
 * Only a signed-in active admin changes the office's rules (refused with
 * ValidationFailedError({ actor: 'notAdmin' }), nothing written), checked in
 * the write's transaction.
 *
 * The once-per-PC migration of a PC's own older values is written with the
 * lowest HLC there is (wall 0): it lands on the office record when nobody set
 * the field, and loses to every deliberate office edit — a PC that joins an
 * office takes the office's rules. Two PCs bringing different values for the
 * same field show a conflict on the settings page.
 */
import { buildHistory } from '../../shared/domain/history';
import { OFFICE_SETTINGS_ID, readOfficeRecord, type OfficeValues } from '../../shared/domain/office-settings';
import type { JsonValue } from '../../shared/sync/op';
import { requireAdminWriting } from './acting-admin';
import type { OpsWriter } from './ops-writer';
import type { DeskDatabase } from './schema';
import type { OfficeSettingsRepository, WriteContext } from './types';

/** The lowest stamp there is: a migrated value is older than any edit. */
const MIGRATION_STAMP = { wall: 0, counter: 0 };

export function createOfficeSettingsRepository(db: DeskDatabase, writer: OpsWriter, getContext: () => WriteContext): OfficeSettingsRepository {
  async function put(values: Partial<OfficeValues>, migration: boolean, seen?: Partial<OfficeValues>): Promise<void> {
    const fields = values as Record<string, JsonValue>;
    if (Object.keys(fields).length === 0) return;
    const ctx = getContext();
    await db.transaction('rw', [db.officeSettings, db.clerks, ...writer.tables], async () => {
      if (!migration) await requireAdminWriting(db, ctx);
      const stamp = migration ? MIGRATION_STAMP : await writer.stamp(ctx.now);
      writer.guard();
      const existing = await db.officeSettings.get(OFFICE_SETTINGS_ID);
      if (migration && existing) {
        // Fields the office already holds are the office's: the migration brings only what nobody set.
        for (const field of Object.keys(fields)) if (Object.hasOwn(existing, field)) delete fields[field];
        if (Object.keys(fields).length === 0) return;
      }
      await db.officeSettings.put({ ...existing, ...fields, id: OFFICE_SETTINGS_ID });
      await writer.append(writer.build(ctx, stamp, 'officeSettings', OFFICE_SETTINGS_ID, fields), { seen: seen as Record<string, unknown> | undefined });
    });
  }

  return {
    async read() {
      return readOfficeRecord(await db.officeSettings.get(OFFICE_SETTINGS_ID));
    },
    write: (values, options = {}) => put({ ...values }, false, options.seen),
    migrate: (values) => put({ ...values }, true),
    async history() {
      return buildHistory(await db.ops.where('[entity+entityId]').equals(['officeSettings', OFFICE_SETTINGS_ID]).toArray());
    },
  };
}

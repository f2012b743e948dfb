import { describe, expect, it } from 'vitest';
import { factoryMonthRange } from '../../../../../shared/domain/factory-calendar';
import { ledgerFiltersFor } from '../../../../../renderer/features/statistics/ledgerLink';
import { EMPTY_FILTERS } from '../../../../../renderer/state/ledger-filter';

describe('from a statistics group to the ledger', () => {
  // November 2026 by the factory's clock: 2026-10-31T16:00Z … 2026-11-30T16:00Z.
  const november = factoryMonthRange(Date.parse('2026-11-15T04:00:00Z'));
  const dates = { receivedFrom: '2026-11-01', receivedTo: '2026-11-30' };

  it('filters by the days of the period and the group: an entry by id, free text by its name, enums by value', () => {
    expect(ledgerFiltersFor('customer', 'id:m-1', '华为电子', november)).toEqual({ ...EMPTY_FILTERS, ...dates, customerEntry: 'm-1' });
    expect(ledgerFiltersFor('customer', 'name:华东', '华东', november)).toEqual({ ...EMPTY_FILTERS, ...dates, customer: '华东' });
    expect(ledgerFiltersFor('model', 'id:m-9', 'QX', november)).toMatchObject({ modelEntry: 'm-9' });
    expect(ledgerFiltersFor('severity', 'urgent', 'urgent', november)).toMatchObject({ severity: 'urgent', ...dates });
    expect(ledgerFiltersFor('department', 'purchasing', '', november)).toMatchObject({ department: 'purchasing' });
  });

  it('no link where the ledger cannot show exactly the group', () => {
    expect(ledgerFiltersFor('customer', '', '', november)).toBeNull();
    expect(ledgerFiltersFor('defectType', 'name:划伤', '划伤', november)).toBeNull();
  });
});

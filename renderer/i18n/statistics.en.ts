/** Statistics and the monthly report (issue 17), spread into en.ts. */
export const statisticsEn = {
  statistics: {
    title: 'Statistics',
    rates: {
      title: 'Complaint rate and PPM',
      intro: 'Complaint rate = complaints ÷ lots shipped; PPM = defective ÷ shipped × 1,000,000. Complaints often arrive months after the shipment, so the totals over the last 6 and 12 months are shown too. — when nothing was shipped.',
      lastMonth: 'Up to month',
      customer: 'Customer (empty = all)',
      model: 'Model (empty = all)',
      columns: { month: 'Month', complaints: 'Complaints', defective: 'Defective', shipped: 'Shipped', lots: 'Lots', rate: 'Complaint rate', ppm: 'PPM', rate6: '6-month rate', ppm6: '6-month PPM', rate12: '12-month rate', ppm12: '12-month PPM' },
    },
    shipments: {
      title: 'Shipments',
      intro: 'Enter what was shipped each month per customer and model (pieces and lots): the complaint rate is complaints ÷ lots shipped, PPM is defective ÷ shipped × 1,000,000. Entering the same month, customer and model again changes that figure.',
      month: 'Month',
      customer: 'Customer',
      model: 'Model',
      modelOptional: 'Model (empty = all models)',
      allModels: 'All models',
      quantity: 'Pieces shipped',
      lots: 'Lots shipped',
      save: 'Save',
      saved: 'Shipment saved',
      failed: 'Shipment not saved: {{message}}',
      remove: 'Remove this row',
      none: 'No shipments entered for {{month}} yet.',
      errors: {
        invalid: 'Enter 0 or a whole number',
        required: 'Required',
        tooLong: 'Too long',
        moreThanQuantity: 'More lots than pieces',
        notSignedIn: 'Please sign in first.',
      },
    },
  },
};

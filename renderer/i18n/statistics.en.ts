/** Statistics and the monthly report (issue 17), spread into en.ts. */
export const statisticsEn = {
  statistics: {
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

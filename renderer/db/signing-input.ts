/** What a signed write takes from the signing dialog (signing.ts proves it). */
export interface SigningInput {
  password: string;
  /** The sentence the clerk was shown and signs ("批准退货 120,000.00 元"). */
  meaning: string;
}

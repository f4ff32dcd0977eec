/** Where `npm run build:bank` puts the bank fixture's site (test/fixtures/bank). */
export const bankOutDir = ".tmp/bank-dist";

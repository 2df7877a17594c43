// Deep imports of @mozilla/readability's CommonJS files (typed through the package's index in readability-shim.ts).
declare module '@mozilla/readability/Readability.js' {
  const value: unknown;
  export default value;
}
declare module '@mozilla/readability/Readability-readerable.js' {
  const value: unknown;
  export default value;
}

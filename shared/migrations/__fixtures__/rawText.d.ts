// The text of a file, as Vite's `?raw` import gives it (vite/client declares it for the renderer only).
declare module '*?raw' {
  const text: string
  // Vite gives the text as the default export; the shape is Vite's, not ours.
  // eslint-disable-next-line no-restricted-syntax
  export default text
}

// text-encoding-utf-8 ships no types; it implements the standard classes (UTF-8 only).
declare module "text-encoding-utf-8" {
  export const TextEncoder: typeof globalThis.TextEncoder;
  export const TextDecoder: typeof globalThis.TextDecoder;
}

// Types of site-manifest.js (plain CommonJS so webpack.config.js can require it without a compiler).
export declare const DEV_ORIGIN: string;
export declare class SiteUrlError extends Error {}
export declare function siteBase(input: string): string;
export declare function siteManifest(devXml: string, baseInput: string): string;

export declare const PATH_ALIASES: Readonly<Record<string, string>>
export declare function viteAliases(root: string): { find: string; replacement: string }[]

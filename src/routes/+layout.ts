// Every page is prerendered; trailing slashes give /gemeente/GM0363/index.html, which any static
// file server can serve without rewrite rules.
export const prerender = true;
export const trailingSlash = 'always';

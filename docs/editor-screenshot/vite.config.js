import path from 'node:path'
const esm = path.resolve('node_modules/monaco-editor/esm') + '/'
export default {
  build: { target: 'esnext' },
  logLevel: 'warn',
  resolve: { alias: [{ find: /^monaco-editor\/esm\//, replacement: esm }] },
  worker: { format: 'es' }
}
